-- The audit trail: who changed what, when, with the fields' values before and after (json, not jsonb,
-- so the fields stay in the order they were recorded).
create table audit_entry (
    id           bigint generated always as identity primary key,
    at           timestamptz   not null,
    actor_id     bigint        references account (id),
    actor_email  varchar(320)  not null,
    action       varchar(40)   not null,
    item_type    varchar(40)   not null,
    item_id      bigint,
    item_label   varchar(300)  not null default '',
    changes      json          not null default '{}'
);

create index audit_entry_at on audit_entry (at desc, id desc);
create index audit_entry_item on audit_entry (item_type, item_id);
create index audit_entry_actor on audit_entry (actor_id, at desc);
