-- Issue 19: who made a change, by the name people know them by (the dashboard's recent changes show it), kept as it
-- was at the time like the e-mail address, which stays the accountable identity. Empty for someone without a name.
alter table audit_entry add column actor_name varchar(200) not null default '';

update audit_entry e set actor_name = a.name from account a where a.id = e.actor_id;
