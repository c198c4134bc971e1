-- News posts. A post is public once it is not a draft and its publish time has come: every public query
-- compares publish_at with the current time, so a scheduled post appears at its time on every instance,
-- with no job and no restart. status is the coordinator's intent (SCHEDULED: wait for publish_at).
create table news_post (
    id           bigint generated always as identity primary key,
    uid          uuid          not null unique default gen_random_uuid(),
    title        varchar(200)  not null,
    slug         varchar(200)  not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    summary      varchar(500)  not null default '',
    body         text          not null default '',
    status       varchar(10)   not null check (status in ('DRAFT', 'SCHEDULED', 'PUBLISHED')),
    publish_at   timestamptz,
    author_id    bigint        references account (id) on delete set null,
    author_name  varchar(200)  not null default '',
    version      bigint        not null default 0,
    created_at   timestamptz   not null default now(),
    updated_at   timestamptz   not null default now(),
    updated_by   varchar(320),
    check (status = 'DRAFT' or publish_at is not null)
);

-- The public list, feed, home page and sitemap read non-drafts newest first, up to now.
create index news_post_public on news_post (publish_at desc, id desc) where status <> 'DRAFT';
create index news_post_author on news_post (author_id);

-- The schools a post is about (none: the whole partnership).
create table news_post_school (
    post_id    bigint not null references news_post (id) on delete cascade,
    school_id  bigint not null references school (id),
    primary key (post_id, school_id)
);

create index news_post_school_school on news_post_school (school_id, post_id);

-- Earlier slugs of renamed posts, so bookmarked articles redirect to the new address.
create table news_slug_history (
    slug     varchar(200) primary key,
    post_id  bigint       not null references news_post (id) on delete cascade
);

create index news_slug_history_post on news_slug_history (post_id);
