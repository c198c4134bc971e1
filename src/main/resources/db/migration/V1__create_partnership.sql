-- The partnership's own settings: a single row (id = 1) that the coordinator edits.
create table partnership (
    id             smallint primary key default 1 check (id = 1),
    name           varchar(200)  not null,
    short_name     varchar(60)   not null,
    strapline      varchar(300)  not null default '',
    about          text          not null default '',
    launched_on    date,
    launch_note    varchar(500)  not null default '',
    contact_name   varchar(200)  not null default '',
    contact_email  varchar(320)  not null default '',
    version        bigint        not null default 0,
    updated_at     timestamptz   not null default now(),
    updated_by     varchar(320)
);
