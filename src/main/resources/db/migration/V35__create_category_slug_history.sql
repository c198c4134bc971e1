-- Earlier slugs of renamed categories, so a calendar subscribed to ?category=<old slug> keeps receiving the same
-- events after the coordinator renames the category.
create table category_slug_history (
    slug         varchar(100) primary key check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    category_id  bigint       not null references category (id) on delete cascade
);

create index category_slug_history_category on category_slug_history (category_id);
