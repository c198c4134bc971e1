-- Issue 20: pictures. One row per picture, keyed by a hash of the uploaded bytes (so the same upload is kept once
-- and its address changes when the picture does), and one bytea row per width it was resized to (ADR 0027).
create table image (
    hash       varchar(32) primary key,
    width      integer     not null check (width > 0),
    height     integer     not null check (height > 0),
    extension  varchar(4)  not null check (extension in ('jpg', 'png')),
    created_at timestamptz not null default now()
);

create table image_variant (
    hash  varchar(32) not null references image (hash),
    width integer     not null check (width > 0),
    bytes bytea       not null,
    primary key (hash, width)
);

-- An event's picture: read with the event itself (no second statement per card), alt text empty when decorative,
-- and whether the coordinator said it shows pupils (and confirmed the schools' photo consent covers it).
alter table event
    add column image_hash      varchar(32) references image (hash),
    add column image_width     integer,
    add column image_height    integer,
    add column image_extension varchar(4),
    add column image_alt       varchar(300) not null default '',
    add column image_pupils    boolean      not null default false;
