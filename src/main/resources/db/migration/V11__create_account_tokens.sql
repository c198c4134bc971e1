-- One-time links sent by e-mail: invitations and password resets. Only a hash of each token is kept,
-- so a copy of the database does not give anyone a working link.
create table account_token (
    id          bigint generated always as identity primary key,
    token_hash  varchar(64)  not null unique,
    purpose     varchar(20)  not null check (purpose in ('INVITATION', 'PASSWORD_RESET')),
    account_id  bigint       not null references account (id) on delete cascade,
    created_at  timestamptz  not null,
    expires_at  timestamptz  not null,
    used_at     timestamptz
);

create index account_token_account on account_token (account_id, purpose);
