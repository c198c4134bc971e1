-- Activities proposed by a school's representatives and reviewed by the coordinators; each proposal has a
-- conversation thread and a full history (status changes and edits: who, when, what).
create table proposal (
    id                bigint generated always as identity primary key,
    school_id         bigint        not null references school (id),
    proposer_id       bigint        references account (id) on delete set null,
    title             varchar(200)  not null,
    description       text          not null default '',
    proposed_dates    varchar(500)  not null default '',
    flexible          boolean       not null default false,
    flexible_note     varchar(500)  not null default '',
    venue             varchar(300)  not null default '',
    audiences         varchar(100)  not null default '',
    year_groups       varchar(50)   not null default '',
    category_id       bigint        references category (id),
    expected_numbers  integer       check (expected_numbers is null or expected_numbers >= 0),
    needs             text          not null default '',
    status            varchar(20)   not null check (status in
                          ('SUBMITTED', 'CHANGES_REQUESTED', 'RESUBMITTED', 'APPROVED', 'DECLINED', 'WITHDRAWN')),
    event_id          bigint        unique references event (id) on delete set null,
    version           bigint        not null default 0,
    created_at        timestamptz   not null default now(),
    updated_at        timestamptz   not null default now(),
    updated_by        varchar(320)
);

create index proposal_school on proposal (school_id, created_at desc);
create index proposal_status on proposal (status, updated_at);

create table proposal_message (
    id           bigint generated always as identity primary key,
    proposal_id  bigint        not null references proposal (id) on delete cascade,
    author_id    bigint        references account (id) on delete set null,
    author_name  varchar(320)  not null,
    coordinator  boolean       not null,
    body         text          not null,
    at           timestamptz   not null default now()
);

create index proposal_message_proposal on proposal_message (proposal_id, at);

create table proposal_history (
    id           bigint generated always as identity primary key,
    proposal_id  bigint        not null references proposal (id) on delete cascade,
    actor_name   varchar(320)  not null,
    action       varchar(40)   not null,
    detail       text          not null default '',
    at           timestamptz   not null default now()
);

create index proposal_history_proposal on proposal_history (proposal_id, at);
