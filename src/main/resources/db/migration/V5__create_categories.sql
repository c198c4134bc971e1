-- Event categories, a list the coordinator manages. Retired categories stay for the events that use them.
create table category (
    id        bigint generated always as identity primary key,
    name      varchar(100)  not null unique,
    slug      varchar(100)  not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    position  integer       not null default 0,
    retired   boolean       not null default false,
    version   bigint        not null default 0
);
