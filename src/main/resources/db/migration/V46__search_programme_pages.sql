-- Search finds programme pages too (issue 20), as it finds events, news and schools (V43): a stored tsvector with a
-- GIN index over the published pages, and their words kept for close matches.
alter table programme_page add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', title), 'A')
    || setweight(to_tsvector('english', summary), 'B')
    || setweight(to_tsvector('english', body), 'C')) stored;
create index programme_page_search on programme_page using gin (search_vector) where status = 'PUBLISHED';

create trigger programme_page_search_words after insert or update of title, summary on programme_page
    for each row execute function keep_search_words('title', 'summary');

insert into search_word (word)
select search_words_of(title || ' ' || summary) from programme_page
on conflict do nothing;

-- Foreign keys of V44 and V45 without an index (SchemaIndexTest): deleting a category, a page or a picture scanned
-- the table that points at it.
create index programme_page_category on programme_page (category_id) where category_id is not null;
create index programme_slug_history_page on programme_slug_history (page_id);
create index event_image on event (image_hash) where image_hash is not null;
