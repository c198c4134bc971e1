-- Saved venues (issue 19): the event form offers the places events were held, so the coordinator chooses one rather
-- than retyping its name and address. Collected from the events themselves: every event saved with a venue name
-- keeps (or refreshes) its venue here, by a trigger, so every way an event is written (the form, a copy, a
-- postponement, a series, the demo content) counts. The form lists the most recently used first.
-- See docs/adr/0023-coordinator-events-list-and-bulk-actions.md.
create table venue (
    id            bigint generated always as identity primary key,
    name          varchar(200) not null check (name <> ''),
    address       varchar(500) not null default '',
    last_used_at  timestamptz  not null default now()
);

-- One venue per name and address, whatever their case.
create unique index venue_name_address on venue (lower(name), lower(address));
create index venue_last_used on venue (last_used_at desc);

insert into venue (name, address, last_used_at)
select distinct on (lower(venue_name), lower(venue_address)) venue_name, venue_address, updated_at
from event
where venue_name <> ''
order by lower(venue_name), lower(venue_address), updated_at desc;

create function remember_venue() returns trigger language plpgsql as $$
begin
    if new.venue_name <> '' then
        insert into venue (name, address, last_used_at) values (new.venue_name, new.venue_address, now())
        on conflict ((lower(name)), (lower(address))) do update set last_used_at = now();
    end if;
    return new;
end;
$$;

create trigger event_venue_remembered after insert or update of venue_name, venue_address on event
    for each row execute function remember_venue();
