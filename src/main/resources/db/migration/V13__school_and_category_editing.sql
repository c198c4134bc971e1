-- Editing schools and categories: who saved each last (named when a second editor's save is refused), and
-- the earlier slugs of renamed schools, so bookmarked school pages redirect to the new address.
alter table school add column updated_by varchar(320);

alter table category add column updated_by varchar(320);
alter table category add column updated_at timestamptz not null default now();

create table school_slug_history (
    slug       varchar(100) primary key check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    school_id  bigint       not null references school (id) on delete cascade
);

create index school_slug_history_school on school_slug_history (school_id);
