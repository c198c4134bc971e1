-- People who sign in: coordinators, and representatives who belong to one school. There is no
-- self-registration: a coordinator invites each person, who then sets a name and password.
create table account (
    id             bigint generated always as identity primary key,
    email          varchar(320)  not null,
    name           varchar(200)  not null default '',
    password_hash  varchar(500),
    role           varchar(20)   not null check (role in ('COORDINATOR', 'REPRESENTATIVE')),
    school_id      bigint        references school (id),
    status         varchar(12)   not null check (status in ('INVITED', 'ACTIVE', 'DEACTIVATED')),
    version        bigint        not null default 0,
    created_at     timestamptz   not null default now(),
    updated_at     timestamptz   not null default now(),
    last_sign_in   timestamptz,
    check (role <> 'REPRESENTATIVE' or school_id is not null),
    check (status <> 'ACTIVE' or password_hash is not null)
);

create unique index account_email on account (lower(email));
create index account_school on account (school_id);
