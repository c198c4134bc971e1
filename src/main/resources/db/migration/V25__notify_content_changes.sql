-- Every instance keeps rendered public pages in memory (issue 9). Whatever changes public content, from any
-- instance, a script or psql, notifies the content_changed channel when its transaction commits, and every
-- listening instance forgets its pages. PostgreSQL folds repeated notifications of one transaction into one.
create function notify_content_changed() returns trigger
    language plpgsql as $$
begin
    perform pg_notify('content_changed', '');
    return null;
end
$$;

do $$
declare
    content_table text;
begin
    foreach content_table in array array[
            'partnership', 'partnership_aim', 'partnership_link',
            'school', 'school_slug_history', 'category',
            'event', 'event_host', 'event_slug_history',
            'news_post', 'news_post_school', 'news_slug_history',
            'term_break']
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I '
                       'for each statement execute function notify_content_changed()',
                       content_table || '_changed', content_table);
    end loop;
end
$$;
