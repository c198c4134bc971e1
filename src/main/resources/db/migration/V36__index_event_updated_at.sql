-- The feeds ask for the latest change of any event (Last-Modified moves when an event leaves a feed).
create index event_updated_at on event (updated_at);
