-- Events. A timed event has starts_at/ends_at; an all-day event has start_date/end_date (end inclusive) and
-- also starts_at/ends_at set to the start of its first day and the start of the day after its last day in
-- the site's zone, so that every range query reads the same two columns.
create table event (
    id                   bigint generated always as identity primary key,
    uid                  uuid          not null unique default gen_random_uuid(),
    title                varchar(200)  not null,
    slug                 varchar(200)  not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    summary              varchar(500)  not null default '',
    description          text          not null default '',
    all_day              boolean       not null,
    starts_at            timestamptz   not null,
    ends_at              timestamptz   not null,
    start_date           date,
    end_date             date,
    venue_name           varchar(200)  not null default '',
    venue_address        varchar(500)  not null default '',
    online_url           varchar(500),
    whole_partnership    boolean       not null default false,
    category_id          bigint        not null references category (id),
    audiences            varchar(20)[] not null default '{}',
    year_groups          smallint[]    not null default '{}',
    booking_text         varchar(1000) not null default '',
    booking_url          varchar(500),
    status               varchar(10)   not null check (status in ('DRAFT', 'PUBLISHED', 'CANCELLED')),
    cancelled_at         timestamptz,
    cancellation_reason  varchar(1000) not null default '',
    sequence             integer       not null default 0,
    version              bigint        not null default 0,
    created_at           timestamptz   not null default now(),
    created_by           varchar(320),
    updated_at           timestamptz   not null default now(),
    updated_by           varchar(320),
    check (ends_at > starts_at),
    check (all_day = (start_date is not null and end_date is not null)),
    check (end_date >= start_date),
    check (status <> 'CANCELLED' or cancelled_at is not null),
    check (audiences <@ array['STUDENTS', 'PARENTS', 'STAFF', 'COMMUNITY']::varchar(20)[])
);

-- The calendar reads published and cancelled events by time range; drafts are never read publicly.
create index event_public_range on event (starts_at, ends_at) where status <> 'DRAFT';
create index event_public_ends on event (ends_at desc) where status <> 'DRAFT';
create index event_category on event (category_id);
create index event_audiences on event using gin (audiences);
create index event_updated on event (updated_at);
