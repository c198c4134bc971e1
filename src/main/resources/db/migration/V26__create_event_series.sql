-- Repeating events (issue 10). A series is only the rule its occurrences were made from; every occurrence is an
-- ordinary event row (own slug, UID, page, edits and cancellation) pointing at its series, so the calendar,
-- feeds and statement counts need nothing new. See docs/adr/0009-recurring-events-as-occurrences.md.
-- frequency: WEEKLY, FORTNIGHTLY, MONTHLY_DATE (same day of the month; skipped in months without that day),
-- MONTHLY_WEEKDAY (week_of_month: 1 to 4 for the first to fourth weekday of the month, -1 for the last).
-- A series ends on until_date or after occurrence_count occurrences, never both.
create table event_series (
    id                bigint generated always as identity primary key,
    frequency         varchar(20) not null
                      check (frequency in ('WEEKLY', 'FORTNIGHTLY', 'MONTHLY_DATE', 'MONTHLY_WEEKDAY')),
    week_of_month     smallint    check (week_of_month in (-1, 1, 2, 3, 4)),
    first_day         date        not null,
    until_date        date,
    occurrence_count  smallint    check (occurrence_count between 1 and 200),
    skip_term_breaks  boolean     not null default true,
    created_at        timestamptz not null default now(),
    check ((until_date is null) <> (occurrence_count is null)),
    check (until_date is null or until_date >= first_day),
    check ((frequency = 'MONTHLY_WEEKDAY') = (week_of_month is not null))
);

alter table event add column series_id bigint references event_series (id) on delete set null;

-- An occurrence's page lists the other dates of its series.
create index event_series_member on event (series_id, starts_at) where series_id is not null;

create trigger event_series_changed after insert or update or delete or truncate on event_series
    for each statement execute function notify_content_changed();
