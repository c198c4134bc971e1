-- Earlier slugs of renamed events, so bookmarked pages and .ics links redirect to the new address.
create table event_slug_history (
    slug      varchar(200) primary key,
    event_id  bigint       not null references event (id) on delete cascade
);

create index event_slug_history_event on event_slug_history (event_id);
