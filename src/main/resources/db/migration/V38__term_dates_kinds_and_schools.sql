-- Term dates are more than holidays (issue 19): a row of term_break is now one entry of a school year's dates, of a
-- kind: a TERM (its first and last day of teaching), a HOLIDAY (the break between terms, as before) or an INSET day
-- (staff training: the school is closed to pupils). An entry belongs to the whole partnership (school_id null: the
-- shared dates) or to one school that keeps its own. The table keeps its name, so the breaks already saved stay
-- what they were (shared holidays) and nothing that reads them changes; ADR 0020 says why.
alter table term_break
    add column kind      varchar(7) not null default 'HOLIDAY' check (kind in ('TERM', 'HOLIDAY', 'INSET')),
    add column school_id bigint references school (id) on delete cascade;

create index term_break_school_days on term_break (school_id, first_day);
