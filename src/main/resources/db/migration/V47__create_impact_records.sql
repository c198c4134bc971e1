-- Issue 21: who took part in the partnership's activities, for its funders and the schools' own reporting. Numbers
-- only, never names. One row per event (each date of a series is an event of its own) and school: that school's
-- students (and, when known, how many of them from each year group 7 to 13), staff, parents and carers, and
-- others who came with it. The event's representatives record their own school's row, the coordinator any row.
-- Events are the events module's: the impact module reads them through its public API (EventActivities), never
-- this table joined to theirs; the keys below only keep the rows tidy when an event or school is deleted.
create table impact_record (
    id          bigint generated always as identity primary key,
    event_id    bigint       not null references event (id) on delete cascade,
    school_id   bigint       not null references school (id) on delete cascade,
    students    integer      not null check (students >= 0),
    year_7      integer      check (year_7 >= 0),
    year_8      integer      check (year_8 >= 0),
    year_9      integer      check (year_9 >= 0),
    year_10     integer      check (year_10 >= 0),
    year_11     integer      check (year_11 >= 0),
    year_12     integer      check (year_12 >= 0),
    year_13     integer      check (year_13 >= 0),
    staff       integer      not null check (staff >= 0),
    parents     integer      not null check (parents >= 0),
    others      integer      not null check (others >= 0),
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    updated_by  varchar(320),
    unique (event_id, school_id),
    check (coalesce(year_7, 0) + coalesce(year_8, 0) + coalesce(year_9, 0) + coalesce(year_10, 0)
           + coalesce(year_11, 0) + coalesce(year_12, 0) + coalesce(year_13, 0) <= students)
);

create index impact_record_school on impact_record (school_id);

-- The day after an event its host schools' representatives are asked for the numbers, once: the job marks the event
-- here in the transaction that queues the mail.
create table impact_request (
    event_id  bigint       primary key references event (id) on delete cascade,
    asked_at  timestamptz  not null
);

-- The coordinator's choice to show the school year's headline figures on the about page (one row).
create table impact_setting (
    id                smallint     primary key check (id = 1),
    publish_headline  boolean      not null default false,
    version           bigint       not null default 0,
    updated_at        timestamptz  not null default now(),
    updated_by        varchar(320)
);

insert into impact_setting (id) values (1);

-- A school's number on roll (optional), so that no more of its students are recorded at an event than it has.
alter table school add column number_on_roll integer check (number_on_roll between 1 and 10000);

-- The about page is a cached public page that shows the published figures: every instance forgets it on a change.
create trigger impact_record_changed after insert or update or delete or truncate on impact_record
    for each statement execute function notify_content_changed();
create trigger impact_setting_changed after insert or update or delete or truncate on impact_setting
    for each statement execute function notify_content_changed();
