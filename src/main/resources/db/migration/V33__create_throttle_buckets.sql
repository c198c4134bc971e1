-- Counts of recent sign-in failures and password-reset requests, shared by every instance of the site
-- (ADR 0013). One row per limited thing: a client address, an account from one address, or an account.
-- "level" is how many counted events are still remembered; it drains by one every window/limit, as
-- measured from updated_at. A row whose level has drained to zero (expires_at passed) means nothing and is
-- deleted by whichever instance cleans up next.
create table throttle_bucket (
    scope       varchar(20)      not null check (scope in ('sign-in', 'password-reset')),
    account     varchar(320)     not null default '',
    address     varchar(100)     not null default '',
    level       double precision not null check (level >= 0),
    updated_at  timestamptz      not null,
    expires_at  timestamptz      not null,
    primary key (scope, account, address)
);

create index throttle_bucket_expires_at on throttle_bucket (expires_at);
