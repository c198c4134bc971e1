-- A postponed event is cancelled and linked to the event with its new date.
alter table event add column postponed_to_id bigint references event (id) on delete set null;
