-- The coordinator's events list (/admin/events, issue 19) groups every event that has not ended, drafts included,
-- into rows (a series is one) before it sorts and pages them. Without an index for drafts and published events alike
-- on the end, that read every row of the table: 9 ms of the list's 20 at 10,000 events (issue 18's bench). With the
-- columns the grouping reads included, it is an index-only scan of the events to come (0.3 ms).
create index event_ends_all on event (ends_at) include (starts_at, id, series_id, status, postponed_to_id, category_id);
