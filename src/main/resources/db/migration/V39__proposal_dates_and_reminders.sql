-- Issue 19: a proposal's dates become real dates (one or more, each with optional start and end times) instead of
-- free text; the old text column stays, read-only, for proposals written before. A proposal waiting for review
-- remembers since when, and whether the coordinators were reminded (once); and whether its representatives were
-- told that its event was published (once). An event made from a flexible proposal is marked until its date is set.
create table proposal_date (
    id           bigint generated always as identity primary key,
    proposal_id  bigint   not null references proposal (id) on delete cascade,
    position     smallint not null,
    day          date     not null,
    starts_at    time,
    ends_at      time,
    unique (proposal_id, position),
    check (ends_at is null or starts_at is null or ends_at > starts_at)
);

alter table proposal add column awaiting_since timestamptz;
alter table proposal add column reminded_at timestamptz;
alter table proposal add column published_told_at timestamptz;
update proposal set awaiting_since = updated_at where status in ('SUBMITTED', 'RESUBMITTED');
-- The reminder job's question: which proposals wait, since when.
create index proposal_awaiting on proposal (awaiting_since) where status in ('SUBMITTED', 'RESUBMITTED');

alter table event add column date_to_set boolean not null default false;
