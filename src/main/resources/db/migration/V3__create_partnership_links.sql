-- Social links, funders and partners, each list in its own order.
create table partnership_link (
    id           bigint generated always as identity primary key,
    kind         varchar(10)   not null check (kind in ('SOCIAL', 'FUNDER', 'PARTNER')),
    position     integer       not null,
    name         varchar(200)  not null,
    url          varchar(500),
    description  varchar(500)  not null default '',
    unique (kind, position)
);
