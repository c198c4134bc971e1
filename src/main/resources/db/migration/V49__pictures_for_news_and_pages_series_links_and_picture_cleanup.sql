-- Issue 20: news posts and programme pages have a picture as events do (V45): read with the item's own row, alt text
-- empty when decorative, and whether it shows pupils (the schools' photo consent confirmed).
alter table news_post
    add column image_hash      varchar(32) references image (hash),
    add column image_width     integer,
    add column image_height    integer,
    add column image_extension varchar(4),
    add column image_alt       varchar(300) not null default '',
    add column image_pupils    boolean      not null default false;

alter table programme_page
    add column image_hash      varchar(32) references image (hash),
    add column image_width     integer,
    add column image_height    integer,
    add column image_extension varchar(4),
    add column image_alt       varchar(300) not null default '',
    add column image_pupils    boolean      not null default false;

create index news_post_image on news_post (image_hash) where image_hash is not null;
create index programme_page_image on programme_page (image_hash) where image_hash is not null;

-- When a picture was last uploaded or chosen by a form being saved. The clean-up (PictureCleanup) deletes pictures
-- that nothing refers to and that nobody has touched for a day; a save touches its picture in its own transaction,
-- so a picture cannot be deleted under a form that is saving it.
alter table image add column touched_at timestamptz not null default now();
create index image_touched on image (touched_at);

-- A programme page may follow event series as well as a category: it then shows their coming events too.
create table programme_page_series (
    page_id   bigint not null references programme_page (id) on delete cascade,
    series_id bigint not null references event_series (id) on delete cascade,
    primary key (page_id, series_id)
);

create index programme_page_series_series on programme_page_series (series_id);

create trigger programme_page_series_changed after insert or update or delete or truncate on programme_page_series
    for each statement execute function notify_content_changed();

-- A picture's variants go with it when the clean-up deletes it.
alter table image_variant drop constraint image_variant_hash_fkey,
    add constraint image_variant_hash_fkey foreign key (hash) references image (hash) on delete cascade;
