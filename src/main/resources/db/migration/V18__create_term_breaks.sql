-- The partnership's school holidays (half terms, Christmas, Easter, summer): the ranges between terms.
-- They are shown on /term-dates and a repeating event skips any occurrence that falls on one of them.
-- Both days are inclusive, in the site's time zone.
create table term_break (
    id         bigint generated always as identity primary key,
    name       varchar(100) not null check (length(trim(name)) > 0),
    first_day  date         not null,
    last_day   date         not null,
    check (last_day >= first_day)
);

create index term_break_days on term_break (first_day, last_day);
