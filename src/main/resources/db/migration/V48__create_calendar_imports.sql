-- Issue 22: each school's own calendar (iCalendar) feeds the partnership's, through the coordinator's review (ADR 0030).
-- A source is one calendar address of one school; its row says how the last fetch went, so a broken feed is
-- reported where the coordinator manages it. next_run_at and claimed_until let one instance of many fetch a
-- source once per interval (claimed under an advisory lock, fetched outside any transaction).
create table import_source (
    id              bigint generated always as identity primary key,
    school_id       bigint        not null references school (id),
    url             varchar(2000) not null,
    keyword         varchar(100)  not null default '',
    category_id     bigint        not null,
    publish_at_once boolean       not null default false,
    etag            varchar(500),
    last_modified   varchar(100),
    next_run_at     timestamptz   not null default now(),
    claimed_until   timestamptz,
    last_attempt_at timestamptz,
    last_success_at timestamptz,
    last_problem    varchar(500)  not null default '',
    last_count      integer,
    version         bigint        not null default 0,
    updated_at      timestamptz   not null default now(),
    updated_by      varchar(200)  not null default '',
    unique (school_id, url)
);

create index import_source_next_run_idx on import_source (next_run_at);

-- One occurrence of an entry of a source: keyed by its UID and, for a date of a repeating entry, its original
-- start (RECURRENCE-ID, as UTC or as a date; '' for an entry that does not repeat), so a second import updates
-- rather than duplicates. decision: PENDING (to review), ACCEPTED (event_id is the event made), IGNORED
-- (remembered, never offered again). notice: what the coordinator has not seen yet of an accepted one.
create table import_item (
    id            bigint generated always as identity primary key,
    source_id     bigint        not null references import_source (id) on delete cascade,
    uid           varchar(500)  not null,
    recurrence_id varchar(40)   not null default '',
    title         varchar(500)  not null,
    description   text          not null default '',
    location      varchar(500)  not null default '',
    all_day       boolean       not null,
    starts_at     timestamptz   not null,
    ends_at       timestamptz   not null,
    first_day     date          not null,
    last_day      date          not null,
    cancelled     boolean       not null default false,
    removed       boolean       not null default false,
    decision      varchar(10)   not null default 'PENDING' check (decision in ('PENDING', 'ACCEPTED', 'IGNORED')),
    notice        varchar(10)   check (notice in ('PUBLISHED', 'CHANGED', 'CANCELLED', 'REMOVED', 'RESTORED')),
    event_id      bigint,
    problem       varchar(500)  not null default '',
    first_seen_at timestamptz   not null,
    changed_at    timestamptz   not null,
    unique (source_id, uid, recurrence_id)
);

create index import_item_review_idx on import_item (decision, starts_at) where decision = 'PENDING' or notice is not null;
create index import_item_event_idx on import_item (event_id) where event_id is not null;
