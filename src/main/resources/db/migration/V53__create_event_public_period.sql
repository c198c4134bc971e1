-- The month calendar, a month's or a term's list and a school's month ask for the events that overlap a period:
-- ends after its start and starts before its end. No b-tree answers both bounds, and the planner, reading them as
-- independent, expected ten times the rows, so it read every event and hashed the whole table again for the
-- "postponed to" of each: 12 to 16 ms of SQL for /events at 10,000 events (issue 18's bench). A GiST index on the
-- events' periods answers the overlap itself, with an estimate close to the truth: 1.3 ms, the month's rows only.
create index event_public_period on event using gist (tstzrange(starts_at, ends_at)) where status <> 'DRAFT';
