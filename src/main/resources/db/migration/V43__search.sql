-- Search (issue 20): full-text search with English stemming over what a visitor can find, and a typo-tolerant
-- fallback with trigrams. The words are kept in stored generated columns, so no code has to keep them up to date and
-- a GIN index answers a query without reading the rows; weights rank the title (A) over the summary (B) and the rest.
create extension if not exists pg_trgm;

alter table event add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', title), 'A')
    || setweight(to_tsvector('english', summary), 'B')
    || setweight(to_tsvector('english', description || ' ' || venue_name || ' ' || venue_address), 'C')) stored;
create index event_search on event using gin (search_vector) where status <> 'DRAFT';
-- Close matches ("mentorin", "wellbeeing") compare the query with the words of the title, summary and venue.
create index event_search_trigrams on event using gin ((title || ' ' || summary || ' ' || venue_name) gin_trgm_ops)
    where status <> 'DRAFT';

alter table news_post add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', title), 'A')
    || setweight(to_tsvector('english', summary), 'B')
    || setweight(to_tsvector('english', body), 'C')) stored;
create index news_post_search on news_post using gin (search_vector) where status <> 'DRAFT';
create index news_post_search_trigrams on news_post using gin ((title || ' ' || summary) gin_trgm_ops)
    where status <> 'DRAFT';

alter table school add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', name), 'A')
    || setweight(to_tsvector('english', description || ' ' || address), 'C')) stored;
create index school_search on school using gin (search_vector);
create index school_search_trigrams on school using gin ((name || ' ' || description) gin_trgm_ops);
