-- The schools that host an event (none when the whole partnership hosts it).
create table event_host (
    event_id   bigint not null references event (id) on delete cascade,
    school_id  bigint not null references school (id),
    primary key (event_id, school_id)
);

create index event_host_school on event_host (school_id, event_id);
