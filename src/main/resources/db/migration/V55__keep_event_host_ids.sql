-- Each event's host schools, in id order, kept on the event itself: the public pages read an event's hosts with its
-- row instead of looking them up in event_host for every event a statement returns. That look-up (an array built from
-- an index scan per event) was a fifth of the month calendar's statement, 0.2-0.3 ms of PostgreSQL's time on every
-- uncached /events at 10,000 events (issue 18). event_host stays the table that is written and constrained; these
-- triggers keep the copy, so every writer (the application, the demo content, a test's SQL) keeps it right.
alter table event add column host_ids bigint[] not null default '{}';

-- An event's hosts as event_host holds them, in id order: what host_ids copies.
create function event_host_ids(of_event bigint) returns bigint[] language sql stable as $$
    select array(select h.school_id from event_host h where h.event_id = of_event order by h.school_id)
$$;

update event e set host_ids = event_host_ids(e.id) where exists (select 1 from event_host h where h.event_id = e.id);

-- One update per event whose hosts changed, once per statement (a statement that inserts the hosts of many events
-- updates each of them once).
create function keep_event_host_ids() returns trigger language plpgsql as $$
begin
    update event e set host_ids = event_host_ids(e.id) where e.id in (select event_id from changed_hosts);
    if tg_op = 'UPDATE' then
        -- A row moved to another event: the one it left changed too.
        update event e set host_ids = event_host_ids(e.id) where e.id in (select event_id from earlier_hosts);
    end if;
    return null;
end
$$;

create trigger event_host_ids_inserted after insert on event_host
    referencing new table as changed_hosts for each statement execute function keep_event_host_ids();
create trigger event_host_ids_deleted after delete on event_host
    referencing old table as changed_hosts for each statement execute function keep_event_host_ids();
create trigger event_host_ids_updated after update on event_host
    referencing new table as changed_hosts old table as earlier_hosts
    for each statement execute function keep_event_host_ids();

-- Emptied without row triggers: clear every copy, as every event then has no hosts.
create function clear_event_host_ids() returns trigger language plpgsql as $$
begin
    update event set host_ids = '{}' where host_ids <> '{}';
    return null;
end
$$;

create trigger event_host_ids_truncated after truncate on event_host
    for each statement execute function clear_event_host_ids();
