-- Search (issue 20): full-text search with English stemming over what a visitor can find, and a typo-tolerant
-- fallback with trigrams (below). The words are kept in stored generated columns, so no code has to keep them up to date and
-- a GIN index answers a query without reading the rows; weights rank the title (A) over the summary (B) and the rest.
-- pg_trgm goes in a schema of its own and is named with it: an extension exists once per database, so in a schema
-- that is not the one it was first created in (several instances or test contexts, each in its own schema of one
-- database) its operator class and functions would not be found by name alone.
create schema if not exists trigrams;
create extension if not exists pg_trgm with schema trigrams;

alter table event add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', title), 'A')
    || setweight(to_tsvector('english', summary), 'B')
    || setweight(to_tsvector('english', description || ' ' || venue_name || ' ' || venue_address), 'C')) stored;
create index event_search on event using gin (search_vector) where status <> 'DRAFT';

alter table news_post add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', title), 'A')
    || setweight(to_tsvector('english', summary), 'B')
    || setweight(to_tsvector('english', body), 'C')) stored;
create index news_post_search on news_post using gin (search_vector) where status <> 'DRAFT';

alter table school add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', name), 'A')
    || setweight(to_tsvector('english', description || ' ' || address), 'C')) stored;
create index school_search on school using gin (search_vector);

-- Close matches. Comparing a query with whole texts by trigrams costs about 60 µs a row, half a second at 10,000
-- events, and an index does not help a word found in thousands of rows. Instead, the words of what is searched are
-- kept once each (unstemmed, lower case) with a trigram index: a mistyped word ("mentorin", "wellbeeing") is
-- replaced by the nearest known word ("mentoring", "wellbeing") in a few milliseconds, and that is searched for with
-- the full-text search above. Words are added as content is written and never removed: an old word only leads to a
-- search that finds nothing.
create table search_word (
    word  text primary key
);
create index search_word_trigrams on search_word using gin (word trigrams.gin_trgm_ops);

create function search_words_of(content text) returns setof text language sql immutable as $$
    select lexeme from unnest(to_tsvector('simple', content)) where length(lexeme) between 3 and 40
$$;

-- The trigger's arguments name the columns whose words are kept.
create function keep_search_words() returns trigger language plpgsql as $$
begin
    insert into search_word (word)
    select search_words_of((select string_agg(to_jsonb(new) ->> column_name, ' ') from unnest(tg_argv) column_name))
    on conflict do nothing;
    return null;
end
$$;

create trigger event_search_words after insert or update of title, summary, venue_name on event
    for each row execute function keep_search_words('title', 'summary', 'venue_name');
create trigger news_post_search_words after insert or update of title, summary on news_post
    for each row execute function keep_search_words('title', 'summary');
create trigger school_search_words after insert or update of name, description on school
    for each row execute function keep_search_words('name', 'description');

insert into search_word (word)
select search_words_of(title || ' ' || summary || ' ' || venue_name) from event
union select search_words_of(title || ' ' || summary) from news_post
union select search_words_of(name || ' ' || description) from school
on conflict do nothing;
