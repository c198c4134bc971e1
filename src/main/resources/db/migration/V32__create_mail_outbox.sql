-- The mail outbox (ADR 0012): every mail the site sends is a row here, written in the same transaction as the
-- change that causes it, and sent afterwards by MailOutboxWorker, which retries with back-off. A row is deleted
-- once the mail server has taken its mail; a row that keeps failing is given up and kept for the dashboard.
create table mail_outbox (
    id              bigint generated always as identity primary key,
    -- Which mail, by its template name (invitation, password-reset ...): the dashboard names it.
    template        varchar(60)  not null,
    recipient       varchar(320) not null,
    -- Set for a job whose mail is made when it is sent (the password reset: the worker looks the account up
    -- and makes the one-time link, so the link is never stored); null for a mail rendered when it was queued.
    job             varchar(60),
    subject         text,
    text_body       text,
    html_body       text,
    created_at      timestamptz  not null,
    due_at          timestamptz  not null,
    attempts        integer      not null default 0,
    -- A worker owns the row until claimed_until; after that (a crashed instance) another may take it.
    claim           uuid,
    claimed_until   timestamptz,
    first_failed_at timestamptz,
    last_error      text,
    last_error_kind varchar(30),
    given_up_at     timestamptz,
    check (job is not null or (subject is not null and text_body is not null and html_body is not null)
           or given_up_at is not null)
);

create index mail_outbox_due on mail_outbox (due_at) where given_up_at is null;
create index mail_outbox_failing on mail_outbox (first_failed_at) where first_failed_at is not null;
