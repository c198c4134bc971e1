-- The events a news post is about (issue 19), in the order the coordinator listed them. Deleting a post or an event
-- removes the link; a renamed event keeps it, as the link is by id.
create table news_post_event (
    post_id   bigint  not null references news_post (id) on delete cascade,
    event_id  bigint  not null references event (id) on delete cascade,
    position  integer not null,
    primary key (post_id, event_id)
);

create index news_post_event_event on news_post_event (event_id);

-- A public post's page shows its events: a change to the links changes public pages (V25).
create trigger news_post_event_changed after insert or update or delete or truncate on news_post_event
    for each statement execute function notify_content_changed();
