-- Every public list asks, for each event, whether another event was postponed to it ("postponed from"). Without an
-- index that is a scan of the whole event table per row: /events took a second at 10,000 events (issue 18).
create index event_postponed_to on event (postponed_to_id) where postponed_to_id is not null;

-- V36 indexed updated_at a second time (V6 had already made event_updated).
drop index event_updated_at;

-- The other foreign keys without an index: deleting or merging the row they point at scans the table.
create index proposal_proposer on proposal (proposer_id);
create index proposal_category on proposal (category_id);
create index proposal_message_author on proposal_message (author_id);

-- The coordinator's event list, newest first, all statuses: a sort of the whole table on every page without it.
create index event_admin_order on event (starts_at, id);

-- The coordinator's drafts, soonest first, on the dashboard: without it, a scan of every event in date order to find
-- the few drafts (none at all, often).
create index event_drafts on event (starts_at, id) where status = 'DRAFT';
