-- Issue 20: documents (PDF attachments), school crests and the partnership's logo (ADR 0032).

-- A PDF attached to an event, a news post or a programme page. The owner is named by its kind (the part of its admin
-- address: 'events', 'news', 'programmes') and id, so this base table knows no feature's table; each feature answers
-- whether its item exists and is public (DocumentOwner). The file is kept here, like pictures, so every instance
-- serves it; lists read every column but the bytes, which PostgreSQL keeps apart (TOAST) and never reads for them.
create table document (
    id         bigint generated always as identity primary key,
    owner_kind varchar(20)  not null check (owner_kind ~ '^[a-z]+$'),
    owner_id   bigint       not null,
    position   integer      not null,
    title      varchar(200) not null,
    file_name  varchar(120) not null,
    hash       varchar(32)  not null,
    size_bytes integer      not null check (size_bytes > 0),
    pages      integer      not null check (pages > 0),
    bytes      bytea        not null,
    created_at timestamptz  not null,
    created_by varchar(320) not null
);

create index document_owner on document (owner_kind, owner_id, position);
create index document_hash on document (hash);

-- A document added or removed changes its owner's public page.
create trigger document_changed after insert or update or delete or truncate on document
    for each statement execute function notify_content_changed();

-- A school's crest and the partnership's logo: read with their row (the kept reads every page uses), alt text empty
-- when decorative. A crest or a logo never shows pupils, so no consent is asked.
alter table school
    add column crest_hash      varchar(32) references image (hash),
    add column crest_width     integer,
    add column crest_height    integer,
    add column crest_extension varchar(4),
    add column crest_alt       varchar(300) not null default '';

create index school_crest on school (crest_hash) where crest_hash is not null;

alter table partnership
    add column logo_hash      varchar(32) references image (hash),
    add column logo_width     integer,
    add column logo_height    integer,
    add column logo_extension varchar(4),
    add column logo_alt       varchar(300) not null default '';

create index partnership_logo on partnership (logo_hash) where logo_hash is not null;
