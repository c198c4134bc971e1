-- Programme pages and other pages (issue 20): what the partnership does, each strand of work on its own page. A page
-- sits in the main navigation (NAV), in the "What we do" section (WHAT_WE_DO) or in neither (NONE, reached by its
-- address only), ordered by position. A page may follow one event category and then lists its upcoming events;
-- retiring or deleting the category leaves the page without it.
create table programme_page (
    id          bigint generated always as identity primary key,
    title       text        not null,
    slug        text        not null unique,
    summary     text        not null default '',
    body        text        not null default '',
    placement   text        not null default 'WHAT_WE_DO' check (placement in ('NAV', 'WHAT_WE_DO', 'NONE')),
    position    integer     not null default 0,
    category_id bigint      references category (id) on delete set null,
    status      text        not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED')),
    published_at timestamptz,
    version     bigint      not null default 0,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    updated_by  text
);

create index programme_page_listed on programme_page (placement, position) where status = 'PUBLISHED';

-- Earlier slugs of renamed pages, which keep redirecting (as for events and news).
create table programme_slug_history (
    slug    text   primary key,
    page_id bigint not null references programme_page (id) on delete cascade
);

-- Public pages and the header's navigation show these pages: a change forgets the cached pages (V25).
create trigger programme_page_changed after insert or update or delete or truncate on programme_page
    for each statement execute function notify_content_changed();
create trigger programme_slug_history_changed after insert or update or delete or truncate on programme_slug_history
    for each statement execute function notify_content_changed();
