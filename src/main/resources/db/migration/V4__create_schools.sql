-- The member schools. The colour is the school's tag in the calendar; white text on it must reach AA.
create table school (
    id           bigint generated always as identity primary key,
    name         varchar(200)  not null,
    slug         varchar(100)  not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    sector       varchar(11)   not null check (sector in ('STATE', 'INDEPENDENT')),
    website      varchar(500),
    address      varchar(500)  not null default '',
    description  text          not null default '',
    colour       varchar(7)      not null check (colour ~ '^#[0-9a-f]{6}$'),
    position     integer       not null default 0,
    version      bigint        not null default 0,
    created_at   timestamptz   not null default now(),
    updated_at   timestamptz   not null default now()
);

create index school_position_name on school (position, name);
