-- The partnership's aims, shown in order (OX14's are INSPIRE, CHALLENGE, SUPPORT).
create table partnership_aim (
    id        bigint generated always as identity primary key,
    position  integer       not null unique,
    title     varchar(100)  not null,
    body      text          not null default ''
);
