-- Demo content: the OX14 Learning Partnership. Loaded only with the "demo" profile, never in production.
-- Every statement is idempotent, so starting the demo again neither fails nor duplicates anything.

insert into partnership (id, name, short_name, strapline, about, launched_on, launch_note,
                         contact_name, contact_email)
values (1,
        'OX14 Learning Partnership',
        'OX14',
        'Six Abingdon secondary schools, state and independent, learning together.',
        'The OX14 Learning Partnership brings together six state and independent secondary schools in '
            || 'Abingdon, Oxfordshire. Students, parents and staff share talks, workshops, coaching, sport, '
            || 'music and training, so that every young person in the town can take part in what any one '
            || 'of the schools offers.' || chr(10) || chr(10)
            || 'The partnership was formally launched on Friday 19 November 2021, when the six head teachers '
            || 'signed a Memorandum of Understanding.' || chr(10) || chr(10)
            || '## Student voice' || chr(10) || chr(10)
            || 'A student voice committee with members from every school meets each half term. It suggests '
            || 'activities, reviews how events went and helps plan the partnership''s year.',
        date '2021-11-19',
        'Formally launched with a Memorandum of Understanding signed by the six head teachers.',
        'Jessica Burns',
        'coordinator@ox14.example.org')
on conflict (id) do nothing;

insert into partnership_aim (position, title, body) values
    (1, 'INSPIRE', 'Open doors to talks, workshops and experiences that spark curiosity beyond the classroom.'),
    (2, 'CHALLENGE', 'Stretch students of every ability through academic coaching, competitions and projects.'),
    (3, 'SUPPORT', 'Look after wellbeing and share expertise between staff, parents and carers across the town.')
on conflict (position) do nothing;

insert into partnership_link (kind, position, name, url, description) values
    ('SOCIAL', 1, '@OX14_LP on X', 'https://x.com/OX14_LP', ''),
    ('FUNDER', 1, 'The Mercers'' Company', 'https://www.mercers.co.uk/',
        'Funds the partnership''s coordinator and programme.'),
    ('PARTNER', 1, 'Abingdon Science Partnership', null,
        'Science talks and practical days for primary and secondary pupils.'),
    ('PARTNER', 2, 'Oxfordshire Academy of Broadcast Journalism', null,
        'Media and broadcast journalism workshops for students.'),
    ('PARTNER', 3, 'The Abingdon Bridge', null,
        'Counselling and support for young people in Abingdon.')
on conflict (kind, position) do nothing;

insert into school (name, slug, sector, website, address, description, colour, position) values
    ('Abingdon School', 'abingdon-school', 'INDEPENDENT', 'https://www.abingdon.org.uk/',
        'Park Road, Abingdon OX14 1DE',
        'An independent day and boarding school for boys aged 11 to 18.', '#7a1f2b', 1),
    ('Fitzharrys School', 'fitzharrys-school', 'STATE', 'https://www.fitzharrys.oxon.sch.uk/',
        'Northcourt Road, Abingdon OX14 1NP',
        'A mixed 11 to 18 academy in north Abingdon.', '#1d5e3a', 2),
    ('John Mason School', 'john-mason-school', 'STATE', 'https://www.jms.oxon.sch.uk/',
        'Wootton Road, Abingdon OX14 1JB',
        'A mixed 11 to 18 academy with a sixth form shared with local schools.', '#174a7c', 3),
    ('Larkmead School', 'larkmead-school', 'STATE', 'https://www.larkmead.oxon.sch.uk/',
        'Faringdon Road, Abingdon OX14 1RF',
        'A mixed 11 to 18 academy on the west side of Abingdon.', '#5b2a86', 4),
    ('Radley College', 'radley-college', 'INDEPENDENT', 'https://www.radley.org.uk/',
        'Kennington Road, Radley, Abingdon OX14 2HR',
        'An independent boarding school for boys aged 13 to 18.', '#8a4b08', 5),
    ('St Helen and St Katharine', 'st-helen-and-st-katharine', 'INDEPENDENT', 'https://www.shsk.org.uk/',
        'Faringdon Road, Abingdon OX14 1BE',
        'An independent day school for girls aged 9 to 18.', '#00606b', 6)
on conflict (slug) do nothing;

-- Event categories, in the order the calendar lists them.
insert into category (name, slug, position) values
    ('Academic', 'academic', 1),
    ('Wellbeing', 'wellbeing', 2),
    ('Sport', 'sport', 3),
    ('Music', 'music', 4),
    ('Arts & media', 'arts-and-media', 5),
    ('Languages', 'languages', 6),
    ('Careers & higher education', 'careers-and-higher-education', 7),
    ('Staff CPD', 'staff-cpd', 8),
    ('Student voice', 'student-voice', 9)
on conflict (slug) do nothing;

-- Term dates: the school holidays of 2026-27, Oxfordshire-style, as fixed dates (each from the Saturday the
-- term ends to the Sunday before it starts again). Shown on /term-dates and skipped by repeating events. A
-- holiday already there (by name and first day) is left alone, so running the script again adds nothing.
insert into term_break (name, first_day, last_day)
select v.name, v.first_day, v.last_day
from (values
    ('October half term', date '2026-10-24', date '2026-11-01'),
    ('Christmas holiday', date '2026-12-19', date '2027-01-03'),
    ('February half term', date '2027-02-13', date '2027-02-21'),
    ('Easter holiday', date '2027-03-27', date '2027-04-11'),
    ('May half term', date '2027-05-29', date '2027-06-06'),
    ('Summer holiday', date '2027-07-22', date '2027-08-31')
) as v (name, first_day, last_day)
where not exists (select 1 from term_break t
                  where t.name = v.name and t.first_day = v.first_day and t.school_id is null);

-- The terms of 2026-27 as Oxfordshire County Council publishes them, and a partnership-wide INSET day (joint staff
-- training: every school is closed to pupils). The holidays above are the gaps between these terms and their half
-- terms. Shown on /term-dates, shaded in the calendar and in /term-dates.ics.
insert into term_break (kind, name, first_day, last_day)
select v.kind, v.name, v.first_day, v.last_day
from (values
    ('TERM', 'Autumn term', date '2026-09-03', date '2026-12-18'),
    ('TERM', 'Spring term', date '2027-01-04', date '2027-03-26'),
    ('TERM', 'Summer term', date '2027-04-12', date '2027-07-21'),
    ('INSET', 'Partnership INSET day (joint staff training)', date '2027-01-04', date '2027-01-04')
) as v (kind, name, first_day, last_day)
where not exists (select 1 from term_break t
                  where t.name = v.name and t.first_day = v.first_day and t.school_id is null);

-- Abingdon School, independent, keeps its own terms (Michaelmas, Lent, Summer), with a longer autumn half term and
-- shorter terms: they replace the shared terms and holidays on its page, in its feed, in the calendar filtered to it,
-- and for the series it hosts. Larkmead School keeps the shared terms but has an INSET day of its own.
insert into term_break (kind, school_id, name, first_day, last_day)
select v.kind, s.id, v.name, v.first_day, v.last_day
from (values
    ('abingdon-school', 'TERM', 'Michaelmas term', date '2026-09-02', date '2026-12-11'),
    ('abingdon-school', 'HOLIDAY', 'Michaelmas half term', date '2026-10-17', date '2026-11-01'),
    ('abingdon-school', 'HOLIDAY', 'Christmas holiday', date '2026-12-12', date '2027-01-05'),
    ('abingdon-school', 'TERM', 'Lent term', date '2027-01-06', date '2027-03-19'),
    ('abingdon-school', 'HOLIDAY', 'Lent half term', date '2027-02-13', date '2027-02-21'),
    ('abingdon-school', 'HOLIDAY', 'Easter holiday', date '2027-03-20', date '2027-04-13'),
    ('abingdon-school', 'TERM', 'Summer term', date '2027-04-14', date '2027-07-02'),
    ('abingdon-school', 'HOLIDAY', 'Summer half term', date '2027-05-29', date '2027-06-06'),
    ('abingdon-school', 'HOLIDAY', 'Summer holiday', date '2027-07-03', date '2027-08-31'),
    ('larkmead-school', 'INSET', 'INSET day', date '2026-11-02', date '2026-11-02')
) as v (slug, kind, name, first_day, last_day)
join school s on s.slug = v.slug
where not exists (select 1 from term_break t
                  where t.name = v.name and t.first_day = v.first_day and t.school_id = s.id);

-- Events: a year of the partnership's programme, dated within the academic year that contains today so that
-- the demo always has past and upcoming events. ay is 1 September of (today less eight months), and the year
-- runs to late July of ay + 1. Times are Europe/London wall-clock times: (date + time) at time zone
-- 'Europe/London' gives the right instant on either side of the clock changes. An all-day event runs from the
-- start of its first day to the start of the day after its last day.
-- Each statement inserts its events, skipping slugs that exist, and then the host schools of the events it
-- inserted, so running the script again adds nothing.
-- The script is also split on semicolons by Spring's ResourceDatabasePopulator in tests: no semicolons in text.

-- Repeating events on term days (school holidays are approximate): fortnightly academic coaching on
-- Tuesdays, weekly peer mentoring on Wednesdays until Easter and a monthly student voice committee.
with y as (
    select ay, extract(year from ay)::int as yr
    from (select make_date(extract(year from current_date - interval '8 months')::int, 9, 1) as ay) as a
),
hol (from_day, to_day) as (
    select v.from_day, v.to_day
    from y
    cross join lateral (select make_date(yr, 10, 31) as oct31, make_date(yr + 1, 2, 15) as feb15,
                               make_date(yr + 1, 5, 31) as may31) as k
    cross join lateral (values
        -- October half term: the week of the last Monday in October
        (oct31 - extract(isodow from oct31)::int + 1, oct31 - extract(isodow from oct31)::int + 7),
        -- Christmas
        (make_date(yr, 12, 19), make_date(yr + 1, 1, 4)),
        -- February half term: the week of 15 February
        (feb15 - extract(isodow from feb15)::int + 1, feb15 - extract(isodow from feb15)::int + 7),
        -- Easter, roughly
        (make_date(yr + 1, 3, 29), make_date(yr + 1, 4, 11)),
        -- May half term: the week of the last Monday in May
        (may31 - extract(isodow from may31)::int + 1, may31 - extract(isodow from may31)::int + 7)
    ) as v (from_day, to_day)
),
room (school_slug, study_room, meeting_room) as (values
    ('abingdon-school', 'Science Centre', 'Old Library'),
    ('fitzharrys-school', 'Library', 'Conference Room'),
    ('john-mason-school', 'Sixth Form Centre', 'Sixth Form Centre'),
    ('larkmead-school', 'Learning Resource Centre', 'Drama Studio'),
    ('radley-college', 'Lecture Theatre', 'Seminar Room'),
    ('st-helen-and-st-katharine', 'Library', 'Seminar Room')
),
subject (k, name, topic) as (values
    (1, 'Mathematics', 'problem solving with algebra and proof'),
    (2, 'English', 'unseen poetry and comparison'),
    (3, 'Physics', 'forces, energy and multi-step calculations'),
    (4, 'Chemistry', 'quantitative chemistry and moles'),
    (5, 'Biology', 'genetics and extended-response questions'),
    (6, 'History', 'source analysis and essay planning'),
    (7, 'Geography', 'fieldwork skills and data interpretation'),
    (8, 'Computer science', 'algorithms and programming challenges')
),
-- Academic coaching: every other Tuesday from mid September to mid July
coaching as (
    select g::date as day, row_number() over (order by g) as n
    from y
    cross join lateral generate_series((ay + 14 + (9 - extract(isodow from ay + 14)::int) % 7)::timestamp,
                                       make_date(yr + 1, 7, 14)::timestamp, interval '14 days') as g
    where not exists (select 1 from hol where g::date between hol.from_day and hol.to_day)
),
-- Peer mentoring: every Wednesday from mid September to Easter, at a different school each half term
mentoring as (
    select g::date as day, (select count(*) from hol where hol.to_day < g::date)::int + 1 as half_term
    from y
    cross join lateral generate_series((ay + 14 + (10 - extract(isodow from ay + 14)::int) % 7)::timestamp,
                                       make_date(yr + 1, 3, 26)::timestamp, interval '7 days') as g
    where not exists (select 1 from hol where g::date between hol.from_day and hol.to_day)
),
-- Student voice committee: the first Thursday of each month from October to July
voice as (
    select v.day, row_number() over (order by v.day) as n
    from y
    cross join lateral generate_series(make_date(yr, 10, 1)::timestamp, make_date(yr + 1, 7, 1)::timestamp,
                                       interval '1 month') as m
    cross join lateral (select m::date + (11 - extract(isodow from m::date)::int) % 7 as day) as v
    where not exists (select 1 from hol where v.day between hol.from_day and hol.to_day)
),
series as (
    select 'academic-coaching-' || replace(lower(sub.name), ' ', '-') || '-' || to_char(c.day, 'YYYY-MM-DD') as slug,
           'Academic coaching: ' || sub.name as title, 'academic' as category, c.day,
           time '16:00' as starts, time '17:30' as ends, h.school_slug,
           r.study_room || ', ' || s.name as venue_name, s.address as venue_address,
           '{STUDENTS}' as audiences, '{10,11}' as year_groups,
           'Small-group coaching in ' || sub.name || ' for Year 10 and 11 students from all six schools, '
               || 'aiming for the top grades at GCSE.' as summary,
           'Fortnightly coaching for students aiming high at GCSE. This session focuses on ' || sub.topic
               || ' and is led by a ' || sub.name || ' specialist from ' || s.name || '.'
               || E'\n\n- Bring your notes and any questions from recent lessons'
               || E'\n- Places are allocated by each school''s OX14 contact'
               || E'\n- Sessions finish at 17:30, please arrange collection' as description,
           'Places are allocated by each school. Ask your OX14 contact.' as booking_text
    from coaching as c
    join subject as sub on sub.k = (c.n - 1) % 8 + 1
    cross join lateral (select (array['abingdon-school', 'fitzharrys-school', 'john-mason-school',
                                      'larkmead-school', 'radley-college', 'st-helen-and-st-katharine'])
                                   [(c.n - 1) % 6 + 1] as school_slug) as h
    join school as s on s.slug = h.school_slug
    join room as r on r.school_slug = h.school_slug
    union all
    select 'peer-mentoring-' || to_char(m.day, 'YYYY-MM-DD'), 'Peer mentoring', 'wellbeing', m.day,
           time '15:45', time '16:45', h.school_slug,
           r.meeting_room || ', ' || s.name, s.address,
           '{STUDENTS}', '{9,12}',
           'Trained Year 12 mentors from across OX14 meet their Year 9 mentees for goal setting, study habits '
               || 'and a chance to talk.',
           'The OX14 peer mentoring programme pairs trained Year 12 students with Year 9 students from another '
               || 'school. Sessions move to a different school each half term, this half term to ' || s.name || '.'
               || E'\n\n- Mentors are trained by The Abingdon Bridge before the first session'
               || E'\n- Pairs stay together from September to March'
               || E'\n- Ask your head of year if you would like a mentor',
           ''
    from mentoring as m
    cross join lateral (select (array['john-mason-school', 'larkmead-school', 'fitzharrys-school',
                                      'st-helen-and-st-katharine'])[least(m.half_term, 4)] as school_slug) as h
    join school as s on s.slug = h.school_slug
    join room as r on r.school_slug = h.school_slug
    union all
    select 'student-voice-committee-' || to_char(v.day, 'YYYY-MM-DD'), 'Student voice committee', 'student-voice',
           v.day, time '16:00', time '17:15', h.school_slug,
           r.meeting_room || ', ' || s.name, s.address,
           '{STUDENTS,STAFF}', '{7,8,9,10,11,12,13}',
           'Student representatives from all six schools plan partnership activities and review recent events.',
           'The committee brings together two representatives from each school, supported by the OX14 '
               || 'coordinator. Minutes are shared with every school council.'
               || E'\n\n- Send agenda items to your school''s representatives'
               || E'\n- Representatives travel together from each school at 15:30'
               || E'\n- Refreshments are provided',
           ''
    from voice as v
    cross join lateral (select (array['st-helen-and-st-katharine', 'radley-college', 'abingdon-school',
                                      'larkmead-school', 'fitzharrys-school', 'john-mason-school'])
                                   [(v.n - 1) % 6 + 1] as school_slug) as h
    join school as s on s.slug = h.school_slug
    join room as r on r.school_slug = h.school_slug
),
x as (
    select se.*, c.id as category_id, t.starts_at, t.ends_at,
           least(t.starts_at, now()) - interval '3 weeks' - (length(se.slug) % 7) * interval '1 day' as created
    from series as se
    join category as c on c.slug = se.category
    cross join lateral (select (se.day + se.starts) at time zone 'Europe/London' as starts_at,
                               (se.day + se.ends) at time zone 'Europe/London' as ends_at) as t
),
ins as (
    insert into event (title, slug, summary, description, all_day, starts_at, ends_at, venue_name, venue_address,
                       whole_partnership, category_id, audiences, year_groups, booking_text, status, sequence,
                       created_at, created_by, updated_at, updated_by)
    select title, slug, summary, description, false, starts_at, ends_at, venue_name, venue_address,
           false, category_id, audiences::varchar(20)[], year_groups::smallint[], booking_text, 'PUBLISHED', 0,
           created, 'jessica.burns@ox14.example.org', created, 'jessica.burns@ox14.example.org'
    from x
    on conflict (slug) do nothing
    returning id, slug
)
insert into event_host (event_id, school_id)
select ins.id, s.id
from ins
join x on x.slug = ins.slug
join school as s on s.slug = x.school_slug
on conflict do nothing;

-- One-off events of the year. Each is dated as the n-th weekday wd (0 = Sunday) of month m, counting from the
-- end of the month when n = -1 (so (10, -1, 0) is the last Sunday of October, make_date(y, 10, 31) less its
-- day of the week), then moved by shift days, lasting span further days. Months from September belong to ay's
-- year, the rest to the next. January counts from the 2nd, New Year's Day being a bank holiday. Events without
-- times are all-day. Events with no host schools belong to the
-- whole partnership. The venue's address comes from the place list or from the school named in the venue.
with y as (
    select extract(year from current_date - interval '8 months')::int as yr
),
place (name, address) as (values
    ('St Helen''s Church', 'East St Helen Street, Abingdon'),
    ('Abingdon Guildhall', 'Bridge Street, Abingdon'),
    ('Tilsley Park', 'Dunmore Road, Abingdon'),
    ('County Hall Museum', 'Market Place, Abingdon'),
    ('Radley College Boathouse', 'Kennington Road, Radley, Abingdon OX14 2HR'),
    ('Court Hill Centre', 'Court Hill, Wantage'),
    ('YHA Brecon Beacons', 'Danywenallt, Talybont-on-Usk, Brecon')
),
spec (slug, title, category, m, n, wd, shift, span, starts, ends, venue, online_url, hosts, audiences,
      year_groups, summary, description, booking_text, booking_url) as (values
    -- September
    ('ox14-september-inset-adaptive-teaching', 'OX14 September INSET: adaptive teaching', 'staff-cpd',
     9, 1, 4, 0, 0, null, null, 'Amey Theatre, Abingdon School', null, '{}', '{STAFF}', '{}',
     'A joint training day for teaching and support staff from all six schools, on adapting lessons so that every '
         || 'student can reach ambitious goals.',
     E'The partnership''s year opens with a shared INSET day. A keynote in the morning is followed by subject and '
         || E'phase workshops led by colleagues from across OX14.\n\n'
         || E'- Arrival and coffee from 08:45, keynote at 09:15\n'
         || E'- Subject workshops in the afternoon, finishing at 15:30\n'
         || E'- Lunch is provided, please tell your school about any dietary needs',
     'Booked by each school for its own staff.', null),
    ('new-staff-induction-working-across-ox14', 'New staff induction: working across OX14', 'staff-cpd',
     9, 3, 4, 0, 0, '16:00', '18:00', 'Sixth Form Centre, John Mason School', null, '{john-mason-school}',
     '{STAFF}', '{}',
     'An introduction to the partnership for staff who joined any of the six schools this year.',
     E'Meet colleagues from the other schools, hear how the partnership works and find out how to bring your own '
         || E'ideas to the OX14 programme.\n\n'
         || E'- How events, coaching and shared CPD are organised\n'
         || E'- How to propose an event through the OX14 website\n'
         || E'- Early career teachers are especially welcome',
     '', null),
    ('european-day-of-languages-quiz', 'European Day of Languages quiz', 'languages',
     9, -1, 5, 0, 0, '13:30', '15:30', 'Main Hall, Larkmead School', null, '{larkmead-school}',
     '{STUDENTS}', '{7,8}',
     'Teams of Year 7 and 8 students compete in a quiz on the languages, food, flags and music of Europe.',
     E'Celebrate the European Day of Languages with a lively team quiz. Each school sends two teams of four, and '
         || E'the rounds are set by language teachers from across the partnership.\n\n'
         || E'- Rounds in French, German, Spanish and Latin, with plenty of picture rounds\n'
         || E'- Some rounds need no knowledge of a language at all\n'
         || E'- Prizes for the winning team and the best team name',
     '', null),
    ('year-7-football-festival', 'Year 7 football festival', 'sport',
     9, -1, 3, 0, 0, '14:00', '16:30', 'Playing fields, Fitzharrys School', null, '{fitzharrys-school}',
     '{STUDENTS}', '{7}',
     'Year 7 players from across the partnership play short small-sided matches. A friendly start to the '
         || 'sporting year.',
     E'Every school brings two squads for a round of seven-a-side matches. Teams are mixed across schools for the '
         || E'final games, so players make new friends from day one.\n\n'
         || E'- Bring boots, shin pads and a water bottle\n'
         || E'- Matches go ahead in the rain\n'
         || E'- Parents and carers are welcome to watch from the touchline',
     'Squads are picked by each school''s PE department.', null),
    -- October
    ('understanding-teenage-anxiety', 'Understanding teenage anxiety', 'wellbeing',
     10, 1, 2, 0, 0, '19:00', '20:15', 'Main Hall, Fitzharrys School', null, '{fitzharrys-school}',
     '{PARENTS}', '{}',
     'Counsellors from The Abingdon Bridge explain what anxiety looks like in teenagers and how parents and '
         || 'carers can help.',
     E'An evening for parents and carers with counsellors from The Abingdon Bridge, the town''s support service '
         || E'for young people, followed by time for questions.\n\n'
         || E'- The difference between everyday worry and anxiety that needs support\n'
         || E'- Practical ways to start a conversation with your child\n'
         || E'- Where to find help in Abingdon and online',
     'Free. No need to book.', null),
    ('science-talk-fusion-energy-at-culham', 'Science talk: fusion energy at Culham', 'academic',
     10, 2, 4, 0, 0, '18:30', '19:45', 'Science Centre, Abingdon School', null, '{abingdon-school}',
     '{STUDENTS,PARENTS,COMMUNITY}', '{10,11,12,13}',
     'A scientist from the nearby Culham Campus explains how fusion could power the future, in the first '
         || 'Abingdon Science Partnership talk of the year.',
     E'Just a few miles from Abingdon, scientists and engineers are working to make fusion energy a reality. This '
         || E'talk explains how a star can be held in a magnetic bottle, and what it will take to build a power '
         || E'station.\n\n'
         || E'- Presented with the Abingdon Science Partnership\n'
         || E'- Questions from the audience after the talk\n'
         || E'- Suitable for Year 10 and above, families welcome',
     'Free. Please book so that we can plan the seating.', 'https://ox14.example.org/book/science-talk-fusion'),
    ('broadcast-journalism-taster-day', 'Broadcast journalism taster day', 'arts-and-media',
     10, 2, 6, 0, 0, '10:00', '15:30', 'Media Suite, Larkmead School', null, '{larkmead-school}',
     '{STUDENTS}', '{10,11,12}',
     'Work alongside journalists from the Oxfordshire Academy of Broadcast Journalism to research, script and '
         || 'record a short news bulletin.',
     E'Students work in newsroom teams to find a local story, interview people about it and present it to camera. '
         || E'The best bulletins are shown on the OX14 website.\n\n'
         || E'- Led by the Oxfordshire Academy of Broadcast Journalism\n'
         || E'- All equipment provided\n'
         || E'- Bring a packed lunch',
     '20 places, shared between the schools.', 'https://ox14.example.org/book/broadcast-taster-day'),
    ('twilight-cpd-retrieval-practice-that-sticks', 'Twilight CPD: retrieval practice that sticks', 'staff-cpd',
     10, 3, 2, 0, 0, '16:00', '18:00', 'Library, St Helen and St Katharine', null, '{st-helen-and-st-katharine}',
     '{STAFF}', '{}',
     'A practical twilight session on low-stakes quizzing, spacing and interleaving, with ideas to use the next '
         || 'day.',
     E'Colleagues share how they build retrieval practice into lessons in different subjects, and what the '
         || E'research says about making learning last.\n\n'
         || E'- Short talks followed by discussion in subject groups\n'
         || E'- Resources shared on the OX14 staff area\n'
         || E'- Counts towards early career teacher CPD',
     'Book through your school''s CPD lead.', null),
    -- The last Sunday of October, the day the clocks go back
    ('ox14-chamber-choir-autumn-concert', 'OX14 chamber choir: autumn concert', 'music',
     10, -1, 0, 0, 0, '16:00', '17:30', 'St Helen''s Church', null,
     '{st-helen-and-st-katharine,abingdon-school}', '{STUDENTS,PARENTS,COMMUNITY}', '{}',
     'The partnership''s chamber choir sings music for autumn, from Byrd to Rutter, in St Helen''s Church by the '
         || 'river.',
     E'Singers from all six schools have rehearsed together since September for this Sunday afternoon concert. '
         || E'The programme mixes choral classics with new arrangements by students.\n\n'
         || E'- Free entry, with a retiring collection for The Abingdon Bridge\n'
         || E'- Refreshments after the concert\n'
         || E'- The clocks go back that morning, so check your watch',
     'No tickets needed.', null),
    -- The Monday after the last Sunday of October
    ('year-11-revision-masterclass-english-literature', 'Year 11 revision masterclass: English Literature',
     'academic', 10, -1, 0, 1, 0, '10:00', '12:30', 'Library, Fitzharrys School', null,
     '{fitzharrys-school,john-mason-school}', '{STUDENTS}', '{11}',
     'A morning masterclass on the GCSE English Literature set texts, with exam technique and model answers.',
     E'English teachers from two schools lead a focused revision morning on the most popular set texts.\n\n'
         || E'- Macbeth and A Christmas Carol before the break\n'
         || E'- Unseen poetry and exam timing after it\n'
         || E'- Bring your annotated texts',
     'Free. Please book so that we print enough packs.',
     'https://ox14.example.org/book/english-literature-masterclass'),
    -- November
    ('ucas-personal-statement-clinic', 'UCAS personal statement clinic', 'careers-and-higher-education',
     11, 1, 2, 0, 0, '16:00', '17:30', 'Lecture Theatre, Radley College', null, '{radley-college}',
     '{STUDENTS}', '{13}',
     'Feedback on your UCAS personal statement from university admissions tutors and sixth form staff.',
     E'Bring a printed draft of your personal statement and get detailed feedback before the January '
         || E'deadline.\n\n'
         || E'- A short talk on what admissions tutors look for\n'
         || E'- Fifteen-minute one-to-one reviews\n'
         || E'- Drafts are not kept after the session',
     'Book a slot through your head of sixth form.', null),
    ('ox14-cross-country-championships', 'OX14 cross-country championships', 'sport',
     11, 2, 3, 0, 0, '14:00', '16:00', 'Tilsley Park', null, '{abingdon-school,larkmead-school}',
     '{STUDENTS}', '{7,8,9,10}',
     'Runners from all six schools race over a muddy course at Tilsley Park, with junior and intermediate races '
         || 'for boys and girls.',
     E'The championships are the biggest fixture of the autumn term. Medals go to the first ten in each race and '
         || E'to the leading school teams.\n\n'
         || E'- Junior races for Years 7 and 8, intermediate races for Years 9 and 10\n'
         || E'- Spikes are allowed, trail shoes are recommended\n'
         || E'- Spectators welcome along the course',
     'Teams are picked by each school.', null),
    ('science-talk-antibiotic-resistance', 'Science talk: antibiotic resistance', 'academic',
     11, 2, 4, 0, 0, '18:30', '19:45', 'Lecture Theatre, St Helen and St Katharine', null,
     '{st-helen-and-st-katharine}', '{STUDENTS,PARENTS,COMMUNITY}', '{10,11,12,13}',
     'Why are our antibiotics failing, and what are scientists doing about it? A microbiologist explains, with '
         || 'the Abingdon Science Partnership.',
     E'Bacteria evolve fast, and infections that were easy to treat are becoming dangerous again. Hear how '
         || E'researchers are hunting for new medicines in unexpected places.\n\n'
         || E'- Presented with the Abingdon Science Partnership\n'
         || E'- Ideal for anyone thinking about medicine or biology\n'
         || E'- Families welcome',
     'Free. Please book.', 'https://ox14.example.org/book/science-talk-antibiotics'),
    ('podcasting-workshop', 'Podcasting workshop', 'arts-and-media',
     11, 3, 3, 0, 0, '16:00', '18:00', 'Media Room, Fitzharrys School', null, '{fitzharrys-school}',
     '{STUDENTS}', '{9,10,11,12,13}',
     'Plan, record and edit a short podcast episode with the Oxfordshire Academy of Broadcast Journalism.',
     E'Learn how podcasters find a story, structure an episode and record clear audio on simple equipment. Each '
         || E'group leaves with a finished five-minute episode.\n\n'
         || E'- Led by the Oxfordshire Academy of Broadcast Journalism\n'
         || E'- Microphones and laptops provided\n'
         || E'- No experience needed',
     '16 places.', 'https://ox14.example.org/book/podcasting-workshop'),
    ('twilight-cpd-supporting-neurodivergent-learners', 'Twilight CPD: supporting neurodivergent learners',
     'staff-cpd', 11, -1, 4, 0, 0, '16:00', '18:00', 'Main Hall, Larkmead School', null, '{larkmead-school}',
     '{STAFF}', '{}',
     'Special educational needs coordinators from across the partnership share classroom strategies for '
         || 'students with autism, ADHD and dyslexia.',
     E'A practical session led by the partnership''s SENCOs, with time to plan changes to your own lessons.\n\n'
         || E'- Adapting resources and classroom routines\n'
         || E'- Working with families and outside agencies\n'
         || E'- Open to teachers and teaching assistants',
     'Book through your school''s CPD lead.', null),
    ('mock-university-interviews', 'Mock university interviews', 'careers-and-higher-education',
     11, -1, 6, 0, 0, '09:00', '13:00', 'Sixth Form Centre, Abingdon School', null,
     '{abingdon-school,st-helen-and-st-katharine}', '{STUDENTS}', '{13}',
     'Year 13 applicants for Oxford, Cambridge and medicine practise interviews with teachers from another '
         || 'school.',
     E'Each student has two practice interviews in their subject with teachers they have not met, followed by '
         || E'written feedback.\n\n'
         || E'- Interviews last about twenty minutes\n'
         || E'- Bring your personal statement and any written work you submitted\n'
         || E'- Dress as you would for the real interview',
     'Applicants are registered by their school.', null),
    -- December
    ('sleep-screens-and-teenagers', 'Sleep, screens and teenagers', 'wellbeing',
     12, 1, 2, 0, 0, '19:00', '20:00', '', 'https://meet.ox14.example.org/sleep-screens-and-teenagers', '{}',
     '{PARENTS}', '{}',
     'An online talk by The Abingdon Bridge for parents and carers on screens, sleep and what helps teenagers '
         || 'switch off.',
     E'Teenagers need more sleep than most of them get. This online talk looks at why, and at realistic family '
         || E'agreements about phones and screens at night.\n\n'
         || E'- Online, so you can join from home\n'
         || E'- Cameras and microphones stay off, questions by chat\n'
         || E'- Slides shared afterwards',
     'Free. The link opens ten minutes before the start.', null),
    ('year-9-netball-tournament', 'Year 9 netball tournament', 'sport',
     12, 1, 3, 0, 0, '15:45', '17:45', 'Sports Hall, St Helen and St Katharine', null,
     '{st-helen-and-st-katharine}', '{STUDENTS}', '{9}',
     'Year 9 netball teams from across the partnership play a round-robin tournament indoors.',
     E'A fast-paced evening of eight-minute matches in the sports hall, umpired by sixth form students who hold '
         || E'their Level 1 award.\n\n'
         || E'- Round robin, then semi-finals and a final\n'
         || E'- Players arrive changed by 15:30\n'
         || E'- Spectators welcome in the gallery',
     'Teams are picked by each school.', null),
    ('ox14-christmas-concert', 'OX14 Christmas concert', 'music',
     12, 2, 3, 0, 0, '19:00', '20:30', 'St Helen''s Church', null, '{}',
     '{STUDENTS,PARENTS,STAFF,COMMUNITY}', '{}',
     'Choirs, bands and soloists from all six schools come together for carols and Christmas music in '
         || 'St Helen''s Church.',
     E'The partnership''s biggest concert of the year, with a massed choir of more than two hundred students and '
         || E'a chance for the audience to join in the carols.\n\n'
         || E'- Doors open at 18:30\n'
         || E'- Free, with a collection for The Abingdon Bridge\n'
         || E'- Mince pies and hot drinks afterwards',
     'Free. No tickets needed, but arrive early for a seat.', null),
    ('science-talk-the-chemistry-of-christmas', 'Science talk: the chemistry of Christmas', 'academic',
     12, 2, 4, 0, 0, '18:30', '19:45', 'Lecture Theatre, Radley College', null, '{radley-college}',
     '{STUDENTS,PARENTS,COMMUNITY}', '{7,8,9,10,11,12,13}',
     'Flames, colours and the science of sprouts: a festive demonstration lecture with the Abingdon Science '
         || 'Partnership.',
     E'A lively end-of-term talk packed with demonstrations, from why fireworks have colours to what makes '
         || E'chocolate melt in the mouth.\n\n'
         || E'- Presented with the Abingdon Science Partnership\n'
         || E'- Suitable for all ages\n'
         || E'- Safety glasses provided for the front rows',
     'Free. Please book.', 'https://ox14.example.org/book/science-talk-christmas'),
    -- January
    ('ox14-joint-inset-day', 'OX14 joint INSET day', 'staff-cpd',
     1, 1, 1, 0, 0, null, null, 'Theatre, Radley College', null, '{}', '{STAFF}', '{}',
     'All six schools start the spring term with a shared training day on assessment, feedback and wellbeing '
         || 'at work.',
     E'Staff from across the partnership spend the day together. Subject networks meet in the afternoon to share '
         || E'resources and plan joint work for the rest of the year.\n\n'
         || E'- Keynote on feedback that moves learning on\n'
         || E'- Subject network meetings after lunch\n'
         || E'- Coaches leave each school at 08:15',
     'Booked by each school for its own staff.', null),
    ('science-talk-seeing-inside-the-body-with-mri', 'Science talk: seeing inside the body with MRI', 'academic',
     1, 2, 4, 0, 0, '18:30', '19:45', 'Main Hall, John Mason School', null, '{john-mason-school}',
     '{STUDENTS,PARENTS,COMMUNITY}', '{10,11,12,13}',
     'How do magnets and radio waves make pictures of the brain? A medical physicist explains, with the '
         || 'Abingdon Science Partnership.',
     E'From the physics of spinning protons to scans that guide surgeons, this talk follows an MRI image from the '
         || E'scanner to the clinic.\n\n'
         || E'- Presented with the Abingdon Science Partnership\n'
         || E'- Of interest to future physicists, engineers and doctors\n'
         || E'- Families welcome',
     'Free. Please book.', 'https://ox14.example.org/book/science-talk-mri'),
    ('year-10-mandarin-taster', 'Year 10 Mandarin taster', 'languages',
     1, 3, 3, 0, 0, '14:00', '16:00', 'Modern Languages Centre, Abingdon School', null, '{abingdon-school}',
     '{STUDENTS}', '{10}',
     'An afternoon introduction to Mandarin Chinese: tones, characters and a little calligraphy.',
     E'No experience needed. Students learn to introduce themselves, recognise common characters and try brush '
         || E'calligraphy.\n\n'
         || E'- Taught by Abingdon School''s Mandarin teachers\n'
         || E'- Information about studying Mandarin in the sixth form\n'
         || E'- Ten places for each school',
     'Ask your languages department for a place.', null),
    ('twilight-cpd-oracy-across-the-curriculum', 'Twilight CPD: oracy across the curriculum', 'staff-cpd',
     1, 3, 4, 0, 0, '16:00', '18:00', 'Performing Arts Centre, St Helen and St Katharine', null,
     '{st-helen-and-st-katharine}', '{STAFF}', '{}',
     'How structured talk helps students think, write and grow in confidence, with examples from every subject.',
     E'Teachers from three schools show how they teach students to discuss, argue and explain out loud, and how '
         || E'it improves their written work.\n\n'
         || E'- Talk routines for any classroom\n'
         || E'- Assessing speaking without adding to workload\n'
         || E'- Video examples from OX14 lessons',
     'Book through your school''s CPD lead.', null),
    ('supporting-your-child-through-exam-stress', 'Supporting your child through exam stress', 'wellbeing',
     1, -1, 4, 0, 0, '19:00', '20:15', 'Sixth Form Centre, John Mason School', null, '{john-mason-school}',
     '{PARENTS}', '{10,11,12,13}',
     'Practical advice from The Abingdon Bridge for parents and carers of students facing GCSEs and A levels.',
     E'Mock results and revision timetables can make the spring term stressful for the whole family. Counsellors '
         || E'from The Abingdon Bridge share what helps and what to look out for.\n\n'
         || E'- Recognising when stress becomes too much\n'
         || E'- Routines for sleep, food and rest during revision\n'
         || E'- Local and online sources of support',
     'Free. No need to book.', null),
    ('radio-news-in-a-day', 'Radio news in a day', 'arts-and-media',
     1, -1, 6, 0, 0, '10:00', '15:30', 'Abingdon Guildhall', null, '{}', '{STUDENTS}', '{11,12,13}',
     'Produce and broadcast a live radio news hour from the Guildhall, with the Oxfordshire Academy of Broadcast '
         || 'Journalism.',
     E'Students take on the roles of a real radio newsroom: editor, reporters, producers and presenters. The day '
         || E'ends with a news hour streamed live.\n\n'
         || E'- Led by the Oxfordshire Academy of Broadcast Journalism\n'
         || E'- Interviews with local councillors and business owners\n'
         || E'- Bring a packed lunch',
     '24 places, four for each school.', 'https://ox14.example.org/book/radio-news-in-a-day'),
    -- February
    ('inter-school-hockey-tournament', 'Inter-school hockey tournament', 'sport',
     2, 1, 3, 0, 0, '14:00', '16:30', 'Astro pitch, Radley College', null, '{radley-college}',
     '{STUDENTS}', '{9,10}',
     'Hockey teams from Years 9 and 10 play seven-a-side matches on the Radley astro.',
     E'A popular winter fixture, played in two pools with finals at the end of the afternoon.\n\n'
         || E'- Sticks, shin pads and gum shields required\n'
         || E'- Teams arrive by 13:45\n'
         || E'- Hot drinks for spectators',
     'Teams are picked by each school.', null),
    ('jazz-and-big-band-workshop-day', 'Jazz and big band workshop day', 'music',
     2, 1, 6, 0, 0, '10:00', '16:00', 'Music School, Radley College', null, '{radley-college,larkmead-school}',
     '{STUDENTS}', '{8,9,10,11,12,13}',
     'A day of jazz workshops for instrumentalists from all six schools, ending with an informal performance for '
         || 'families.',
     E'Professional jazz musicians lead sectionals and improvisation workshops before the whole group comes '
         || E'together as a big band.\n\n'
         || E'- For wind, brass, rhythm section and singers, Grade 3 and above\n'
         || E'- Informal performance for families at 15:15\n'
         || E'- Bring your instrument, a music stand and a packed lunch',
     'Free. Book by the end of January.', 'https://ox14.example.org/book/jazz-day'),
    ('science-talk-climate-models-and-the-river-thames', 'Science talk: climate models and the River Thames',
     'academic', 2, 1, 4, 0, 0, '18:30', '19:45', 'Main Hall, Fitzharrys School', null, '{fitzharrys-school}',
     '{STUDENTS,PARENTS,COMMUNITY}', '{9,10,11,12,13}',
     'How scientists use computer models to predict floods on the Thames, and what that means for Abingdon.',
     E'Abingdon knows all about high water. A hydrologist explains how climate models and river gauges combine '
         || E'to forecast floods days in advance.\n\n'
         || E'- Presented with the Abingdon Science Partnership\n'
         || E'- Maps of flooding in Abingdon, past and future\n'
         || E'- Families welcome',
     'Free. Please book.', 'https://ox14.example.org/book/science-talk-thames'),
    ('ox14-careers-and-higher-education-fair', 'OX14 careers and higher education fair',
     'careers-and-higher-education', 2, -1, 4, 0, 0, '17:30', '20:00', 'Sports Centre, Abingdon School', null,
     '{}', '{STUDENTS,PARENTS}', '{9,10,11,12,13}',
     'More than sixty universities, colleges, apprenticeship providers and employers under one roof, for '
         || 'students and families from every OX14 school.',
     E'Whether your next step is sixth form, university, an apprenticeship or a job, the fair is the place to ask '
         || E'questions. Short talks run throughout the evening.\n\n'
         || E'- Universities, colleges and apprenticeship providers\n'
         || E'- Local employers, including science and engineering firms from Milton Park and Harwell\n'
         || E'- Talks on student finance and apprenticeships at 18:00 and 19:00',
     'Free and open to all. No need to book.', null),
    -- March
    ('mobile-journalism-filming-the-news-on-your-phone', 'Mobile journalism: filming the news on your phone',
     'arts-and-media', 3, 1, 2, 0, 0, '16:00', '18:00', 'Sixth Form Centre, John Mason School', null,
     '{john-mason-school}', '{STUDENTS}', '{9,10,11,12}',
     'Learn to shoot, edit and publish a short news report using only a smartphone.',
     E'Journalists from the Oxfordshire Academy of Broadcast Journalism share the tricks professionals use to '
         || E'film steady shots, record clear sound and edit on the move.\n\n'
         || E'- Bring a charged smartphone with some free storage\n'
         || E'- Free editing apps, details sent after booking\n'
         || E'- Work is shown on the OX14 website with permission',
     '20 places.', 'https://ox14.example.org/book/mobile-journalism'),
    ('talking-with-teenagers-about-friendships-online', 'Talking with teenagers about friendships online',
     'wellbeing', 3, 1, 3, 0, 0, '19:00', '20:00', '', 'https://meet.ox14.example.org/friendships-online', '{}',
     '{PARENTS}', '{7,8,9}',
     'An online talk by The Abingdon Bridge on group chats, social media and falling out, for parents and carers '
         || 'of younger students.',
     E'Friendships now carry on after the school day ends. This talk looks at what young people say about life '
         || E'online and how parents can stay involved without taking over.\n\n'
         || E'- Group chats, exclusion and online arguments\n'
         || E'- Starting conversations that do not feel like interrogations\n'
         || E'- Online, with questions by chat',
     'Free. The link opens ten minutes before the start.', null),
    ('girls-football-festival', 'Girls'' football festival', 'sport',
     3, 2, 3, 0, 0, '15:45', '17:45', 'Playing fields, Larkmead School', null, '{larkmead-school}',
     '{STUDENTS}', '{7,8}',
     'An after-school football festival for Year 7 and 8 girls of every standard.',
     E'The evening starts with skills stations run by community football coaches and ends with short matches in '
         || E'mixed-school teams.\n\n'
         || E'- Boots or trainers, and shin pads\n'
         || E'- Beginners very welcome\n'
         || E'- Every player receives a certificate',
     'Sign up with your PE department.', null),
    ('science-talk-the-brightest-light-in-oxfordshire', 'Science talk: the brightest light in Oxfordshire',
     'academic', 3, 2, 4, 0, 0, '18:30', '19:45', 'Main Hall, Larkmead School', null, '{larkmead-school}',
     '{STUDENTS,PARENTS,COMMUNITY}', '{10,11,12,13}',
     'How the synchrotron at Harwell makes light billions of times brighter than the sun, and what scientists '
         || 'see with it.',
     E'At Harwell, a few miles south of Abingdon, a particle accelerator produces intense beams of light used to '
         || E'study viruses, batteries and ancient artefacts.\n\n'
         || E'- Presented with the Abingdon Science Partnership\n'
         || E'- Stories from research carried out at Harwell\n'
         || E'- Families welcome',
     'Free. Please book.', 'https://ox14.example.org/book/science-talk-synchrotron'),
    ('ox14-joint-spring-concert', 'OX14 joint spring concert', 'music',
     3, 2, 5, 0, 0, '19:00', '21:00', 'Amey Theatre, Abingdon School', null,
     '{abingdon-school,st-helen-and-st-katharine,fitzharrys-school}', '{STUDENTS,PARENTS,STAFF,COMMUNITY}', '{}',
     'Orchestras, choirs and bands from across the partnership perform together in the Amey Theatre.',
     E'A joint concert featuring the OX14 symphony orchestra, the combined choirs and the best of the '
         || E'partnership''s jazz and rock bands.\n\n'
         || E'- Music by Elgar, Holst and student composers\n'
         || E'- Interval refreshments in the foyer\n'
         || E'- The concert lasts about two hours',
     'Tickets are free but must be booked.', 'https://ox14.example.org/book/spring-concert'),
    ('twilight-cpd-using-ai-tools-safely-in-school', 'Twilight CPD: using AI tools safely in school', 'staff-cpd',
     3, 3, 4, 0, 0, '16:00', '18:00', 'Lecture Theatre, Radley College', null, '{radley-college}',
     '{STAFF}', '{}',
     'What generative AI tools can and cannot do for teachers, and how to use them within data protection rules.',
     E'A hands-on session with examples of planning, feedback and administration tasks, and a clear look at the '
         || E'risks.\n\n'
         || E'- Data protection and safeguarding first\n'
         || E'- Trying tools on real planning tasks\n'
         || E'- Bring a laptop',
     'Book through your school''s CPD lead.', null),
    ('spanish-film-night', 'Spanish film night', 'languages',
     3, 3, 5, 0, 0, '18:00', '20:30', 'Drama Studio, Fitzharrys School', null, '{fitzharrys-school}',
     '{STUDENTS,PARENTS}', '{9,10,11,12,13}',
     'A Spanish-language film with English subtitles, introduced by sixth form students of Spanish.',
     E'Sixth form Spanish students introduce the film and lead a short discussion afterwards. Popcorn and churros '
         || E'on sale.\n\n'
         || E'- Film rated 12, with English subtitles\n'
         || E'- Families welcome\n'
         || E'- Proceeds go to the partnership''s language exchange fund',
     'Free. No need to book.', null),
    -- The weekend of the last Sunday of March, when the clocks go forward: Friday 16:00 to Sunday 15:00
    ('bronze-duke-of-edinburghs-award-practice-expedition', 'Bronze Duke of Edinburgh''s Award practice expedition',
     'sport', 3, -1, 0, -2, 2, '16:00', '15:00', 'Court Hill Centre', null,
     '{john-mason-school,fitzharrys-school,larkmead-school}', '{STUDENTS}', '{9}',
     'Year 9 Bronze groups from three schools walk and camp on the Ridgeway for their practice expedition, from '
         || 'Friday afternoon to Sunday afternoon.',
     E'Groups set off from the Court Hill Centre near Wantage on Friday afternoon and navigate along the Ridgeway, '
         || E'camping overnight, with supervisors checking in along the route.\n\n'
         || E'- Kit lists and route cards are handed out at the briefing\n'
         || E'- Minibuses leave the schools at 15:15 on Friday\n'
         || E'- The clocks go forward on Saturday night, supervisors will wake groups at the right time',
     'For students enrolled on the Bronze award.', 'https://ox14.example.org/book/dofe-bronze-practice'),
    -- April
    ('apprenticeships-evening', 'Apprenticeships evening', 'careers-and-higher-education',
     4, 3, 4, 0, 0, '18:00', '19:30', 'Main Hall, Larkmead School', null, '{larkmead-school,fitzharrys-school}',
     '{STUDENTS,PARENTS}', '{10,11,12,13}',
     'Employers and apprentices explain how apprenticeships work, from Level 3 to degree apprenticeships, and '
         || 'how to apply.',
     E'Hear from local employers and from former OX14 students who are now apprentices, then talk to providers '
         || E'at their stands.\n\n'
         || E'- How apprenticeships are paid and assessed\n'
         || E'- When and how to apply\n'
         || E'- Questions for a panel of current apprentices',
     'Free. No need to book.', null),
    ('oxford-and-cambridge-evening-for-year-12', 'Oxford and Cambridge evening for Year 12',
     'careers-and-higher-education', 4, -1, 2, 0, 0, '18:00', '19:30', 'Amey Theatre, Abingdon School', null,
     '{abingdon-school}', '{STUDENTS,PARENTS}', '{12}',
     'Admissions tutors explain how to prepare a strong application to Oxford or Cambridge, from choosing a '
         || 'course to the interview.',
     E'An evening for Year 12 students and their parents or carers, with time for questions at the end.\n\n'
         || E'- Choosing a course and a college\n'
         || E'- Admissions tests and wider reading\n'
         || E'- What interviews are really like',
     'Free. Please book.', 'https://ox14.example.org/book/oxbridge-evening'),
    ('year-9-languages-spelling-bee', 'Year 9 languages spelling bee', 'languages',
     4, -1, 3, 0, 0, '14:00', '15:30', 'Main Hall, John Mason School', null, '{john-mason-school}',
     '{STUDENTS}', '{9}',
     'The partnership final of the French, German and Spanish spelling bee, after heats in every school.',
     E'Finalists spell words in their chosen language against the clock, translating from English as they '
         || E'go.\n\n'
         || E'- Three finalists from each school in each language\n'
         || E'- Word lists available from language teachers\n'
         || E'- Trophies for the winners in each language',
     '', null),
    -- May
    ('sixth-form-rowing-taster', 'Sixth form rowing taster', 'sport',
     5, 2, 6, 0, 0, '09:30', '12:30', 'Radley College Boathouse', null, '{radley-college,abingdon-school}',
     '{STUDENTS}', '{12}',
     'Try rowing on the Thames with coaches from Radley College and Abingdon School, whatever your experience.',
     E'Students start on rowing machines, then go out on the river in stable coxed boats with experienced '
         || E'coaches.\n\n'
         || E'- You must be able to swim 50 metres\n'
         || E'- Wear sports kit and bring a change of clothes\n'
         || E'- Parents and carers sign a consent form when booking',
     '24 places.', 'https://ox14.example.org/book/rowing-taster'),
    ('looking-after-yourself-as-a-parent-or-carer', 'Looking after yourself as a parent or carer', 'wellbeing',
     5, 2, 2, 0, 0, '19:00', '20:15', 'Library, St Helen and St Katharine', null, '{st-helen-and-st-katharine}',
     '{PARENTS}', '{}',
     'A relaxed evening with The Abingdon Bridge about your own wellbeing while supporting a teenager.',
     E'Supporting a young person through a hard time can be exhausting. This session is about you: how to notice '
         || E'your own stress and where to find support.\n\n'
         || E'- A short talk, then conversation in small groups\n'
         || E'- Information about local support services\n'
         || E'- Tea and cake provided',
     'Free. Please book so that we can plan numbers.', 'https://ox14.example.org/book/parent-wellbeing'),
    ('science-talk-robots-in-the-operating-theatre', 'Science talk: robots in the operating theatre', 'academic',
     5, 2, 4, 0, 0, '18:30', '19:45', 'Science Centre, Abingdon School', null, '{abingdon-school}',
     '{STUDENTS,PARENTS,COMMUNITY}', '{10,11,12,13}',
     'A surgical engineer shows how robots help surgeons operate through tiny incisions, and what comes next.',
     E'The talk includes video from real operations, nothing too graphic, and a chance to try a surgical '
         || E'training simulator.\n\n'
         || E'- Presented with the Abingdon Science Partnership\n'
         || E'- For future engineers, computer scientists and doctors\n'
         || E'- Families welcome',
     'Free. Please book.', 'https://ox14.example.org/book/science-talk-robots'),
    ('twilight-cpd-subject-network-meetings', 'Twilight CPD: subject network meetings', 'staff-cpd',
     5, 3, 4, 0, 0, '16:00', '18:00', 'Main Hall, Fitzharrys School', null, '{fitzharrys-school}',
     '{STAFF}', '{}',
     'Heads of department and teachers meet in subject networks to share resources, moderate work and plan for '
         || 'next year.',
     E'Each subject network sets its own agenda. Common themes this term are moderating coursework and planning '
         || E'joint events for next year.\n\n'
         || E'- Networks for every subject taught in the six schools\n'
         || E'- Agendas sent out a week before\n'
         || E'- Refreshments from 15:45',
     'Book through your school''s CPD lead.', null),
    -- June
    ('year-8-cricket-festival', 'Year 8 cricket festival', 'sport',
     6, 2, 3, 0, 0, '13:30', '17:00', 'Cricket pitches, Abingdon School', null, '{abingdon-school}',
     '{STUDENTS}', '{8}',
     'Softball cricket matches for Year 8 boys and girls on the Abingdon School pitches.',
     E'Short matches of eight overs a side, with every player batting and bowling.\n\n'
         || E'- Equipment provided\n'
         || E'- Sun cream, hats and water bottles, please\n'
         || E'- Tea for players after the final',
     'Teams are picked by each school.', null),
    ('science-talk-what-ancient-dna-tells-us', 'Science talk: what ancient DNA tells us', 'academic',
     6, 2, 4, 0, 0, '18:30', '19:45', 'Lecture Theatre, St Helen and St Katharine', null,
     '{st-helen-and-st-katharine}', '{STUDENTS,PARENTS,COMMUNITY}', '{10,11,12,13}',
     'Geneticists can now read DNA from bones thousands of years old. Find out what it reveals about the people '
         || 'who lived along the Thames.',
     E'The last Abingdon Science Partnership talk of the year brings together biology, history and '
         || E'archaeology.\n\n'
         || E'- Presented with the Abingdon Science Partnership\n'
         || E'- How DNA is recovered and read\n'
         || E'- Families welcome',
     'Free. Please book.', 'https://ox14.example.org/book/science-talk-ancient-dna'),
    ('ox14-photography-exhibition', 'OX14 photography exhibition', 'arts-and-media',
     6, 2, 1, 0, 5, null, null, 'County Hall Museum', null, '{larkmead-school,st-helen-and-st-katharine}',
     '{STUDENTS,PARENTS,COMMUNITY}', '{}',
     'A week-long exhibition of photographs by GCSE and A level students, on the theme of the river.',
     E'Photography students from across the partnership have spent the year recording the Thames and the Ock as '
         || E'they flow through Abingdon.\n\n'
         || E'- Open during museum hours, free entry\n'
         || E'- Prints for sale, with proceeds to the partnership''s arts fund\n'
         || E'- Meet the photographers on Saturday afternoon',
     '', null),
    ('twilight-cpd-coaching-conversations', 'Twilight CPD: coaching conversations', 'staff-cpd',
     6, 3, 4, 0, 0, '16:00', '18:00', 'Sixth Form Centre, John Mason School', null, '{john-mason-school}',
     '{STAFF}', '{}',
     'An introduction to instructional coaching for middle leaders and mentors of early career teachers.',
     E'Learn a simple model for short, focused coaching conversations after lesson visits, and practise it with '
         || E'colleagues from other schools.\n\n'
         || E'- For mentors, middle leaders and senior leaders\n'
         || E'- Practice in small groups\n'
         || E'- Follow-up coaching pairs across schools',
     'Book through your school''s CPD lead.', null),
    ('ox14-sports-day', 'OX14 sports day', 'sport',
     6, -1, 4, 0, 0, null, null, 'Tilsley Park', null, '{}', '{STUDENTS,PARENTS,STAFF}', '{7,8,9,10}',
     'The partnership''s athletics championships: track and field events for Years 7 to 10 from all six schools, '
         || 'all day at Tilsley Park.',
     E'Every school enters a full team in each year group. Points are added up through the day, and the OX14 '
         || E'shield goes to the winning school at the closing ceremony.\n\n'
         || E'- Field events from 09:30, track events from 11:00\n'
         || E'- Relays and the closing ceremony from 15:00\n'
         || E'- Spectators welcome, bring sun cream and water',
     '', null),
    ('latin-and-classics-day', 'Latin and classics day', 'languages',
     6, -1, 2, 0, 0, '09:30', '15:00', 'Lecture Theatre, Radley College', null, '{radley-college}',
     '{STUDENTS}', '{8,9}',
     'A day of myths, Latin and Roman Britain for Year 8 and 9 students, whether or not they study Latin.',
     E'Classicists lead workshops on Latin word roots, Greek myths and life in Roman Oxfordshire.\n\n'
         || E'- No Latin needed\n'
         || E'- A chance to handle Roman coins and pottery\n'
         || E'- Bring a packed lunch',
     'Ten places for each school.', 'https://ox14.example.org/book/classics-day'),
    -- July
    ('year-12-leadership-residential', 'Year 12 leadership residential', 'careers-and-higher-education',
     7, 1, 5, 0, 2, null, null, 'YHA Brecon Beacons', null, '{radley-college,john-mason-school}',
     '{STUDENTS}', '{12}',
     'A weekend in the Brecon Beacons for Year 12 students from across the partnership, building leadership and '
         || 'teamwork skills before Year 13.',
     E'Students from all six schools work in mixed teams on outdoor challenges, a leadership project and '
         || E'sessions on university and career choices.\n\n'
         || E'- The coach leaves Radley College on Friday morning\n'
         || E'- Climbing, gorge walking and a night navigation exercise\n'
         || E'- Back in Abingdon on Sunday evening',
     'Apply through your head of sixth form. Bursaries cover the cost for students who need them.',
     'https://ox14.example.org/book/year-12-residential'),
    ('ox14-arts-festival', 'OX14 arts festival', 'arts-and-media',
     7, 2, 4, 0, 2, null, null, 'Abingdon Guildhall', null, '{}', '{STUDENTS,PARENTS,STAFF,COMMUNITY}', '{}',
     'Three days of art, drama, dance, film and music by students from all six schools, in the heart of Abingdon.',
     E'The festival fills the Guildhall with exhibitions, performances and workshops, and students from the '
         || E'broadcast journalism programme report on it live.\n\n'
         || E'- Exhibition of GCSE and A level artwork on all three days\n'
         || E'- Drama and dance performances each evening\n'
         || E'- Free family workshops on Saturday',
     'Free entry. Some evening performances need a ticket.', 'https://ox14.example.org/arts-festival'),
    ('year-10-work-experience-week', 'Year 10 work experience week', 'careers-and-higher-education',
     7, 2, 1, 0, 4, null, null, 'Employers across Oxfordshire', null, '{}', '{STUDENTS,PARENTS}', '{10}',
     'Year 10 students from every OX14 school spend a week on placement with local employers.',
     E'The partnership shares its list of employers so that every student can find a placement that suits their '
         || E'interests.\n\n'
         || E'- Placements confirmed by the end of the spring term\n'
         || E'- Daily hours set by each employer\n'
         || E'- Students keep a logbook for their school',
     'Placements are arranged through each school''s careers adviser.', null)
),
dated as (
    select sp.*, d.day + sp.shift as first_day, d.day + sp.shift + sp.span as last_day
    from spec as sp
    cross join y
    cross join lateral (select make_date(y.yr + case when sp.m >= 9 then 0 else 1 end, sp.m, 1) as first_of_month) as f
    cross join lateral (select f.first_of_month + case when sp.m = 1 then 1 else 0 end as count_from,
                               (f.first_of_month + interval '1 month')::date - 1 as last_of_month) as l
    cross join lateral (select case
        when sp.n > 0 then l.count_from + (sp.wd - extract(dow from l.count_from)::int + 7) % 7 + 7 * (sp.n - 1)
        else l.last_of_month - (extract(dow from l.last_of_month)::int - sp.wd + 7) % 7
    end as day) as d
),
x as (
    select dt.*, c.id as category_id, coalesce(p.address, vs.address, '') as venue_address, t.starts_at, t.ends_at,
           least(t.starts_at, now()) - interval '3 weeks' - (length(dt.slug) % 7) * interval '1 day' as created
    from dated as dt
    join category as c on c.slug = dt.category
    left join place as p on p.name = dt.venue
    left join school as vs on dt.venue like '%, ' || vs.name
    cross join lateral (select
        case when dt.starts is null then dt.first_day::timestamp at time zone 'Europe/London'
             else (dt.first_day + dt.starts::time) at time zone 'Europe/London' end as starts_at,
        case when dt.starts is null then (dt.last_day + 1)::timestamp at time zone 'Europe/London'
             else (dt.last_day + dt.ends::time) at time zone 'Europe/London' end as ends_at) as t
),
ins as (
    insert into event (title, slug, summary, description, all_day, starts_at, ends_at, start_date, end_date,
                       venue_name, venue_address, online_url, whole_partnership, category_id, audiences, year_groups,
                       booking_text, booking_url, status, sequence, created_at, created_by, updated_at, updated_by)
    select title, slug, summary, description, starts is null, starts_at, ends_at,
           case when starts is null then first_day end, case when starts is null then last_day end,
           venue, venue_address, online_url, hosts::text[] = '{}', category_id, audiences::varchar(20)[],
           year_groups::smallint[], booking_text, booking_url, 'PUBLISHED', 0,
           created, 'jessica.burns@ox14.example.org', created, 'jessica.burns@ox14.example.org'
    from x
    on conflict (slug) do nothing
    returning id, slug
)
insert into event_host (event_id, school_id)
select ins.id, s.id
from ins
join x on x.slug = ins.slug
cross join lateral unnest(x.hosts::text[]) as h (school_slug)
join school as s on s.slug = h.school_slug
on conflict do nothing;

-- Events dated from today rather than from the academic year, so that the demo always shows them ahead: a
-- fixture cancelled a few days ago (postponed, a new date to follow) on the Saturday at least nine days away,
-- and three drafts the coordinator is still preparing (moved three weeks on if they fall in the Christmas holidays).
with spec (slug, title, category, day, starts, ends, venue, hosts, audiences, year_groups, summary, description,
           booking_text, booking_url, status) as (values
    ('year-8-hockey-festival', 'Year 8 hockey festival', 'sport',
     current_date + 9 + (6 - extract(dow from current_date + 9)::int + 7) % 7, '09:30', '12:30',
     'Astroturf, Larkmead School', '{larkmead-school,fitzharrys-school}', '{STUDENTS}', '{8}',
     'A Saturday morning hockey festival for Year 8 teams from across the partnership.',
     E'Seven-a-side matches on the Larkmead astroturf, with coaching stations between games.\n\n'
         || E'- Sticks, shin pads and gum shields required\n'
         || E'- Players arrive by 09:15\n'
         || E'- Parents and carers welcome to watch',
     'Teams are picked by each school.', null, 'CANCELLED'),
    ('ox14-model-united-nations-conference', 'OX14 Model United Nations conference', 'academic',
     current_date + 45 + (6 - extract(dow from current_date + 45)::int + 7) % 7, '09:00', '16:00',
     'Amey Theatre, Abingdon School', '{abingdon-school,st-helen-and-st-katharine}', '{STUDENTS}', '{10,11,12,13}',
     'Students represent countries in committee debates on climate, health and security, ending with a General '
         || 'Assembly.',
     E'Delegations from each school are given their countries a month before the conference and research their '
         || E'positions.\n\n'
         || E'- Committees on climate, health and security\n'
         || E'- A training session for first-time delegates\n'
         || E'- Lunch provided',
     '', null, 'DRAFT'),
    ('revision-that-works-a-talk-for-parents-and-carers', 'Revision that works: a talk for parents and carers',
     'academic', current_date + 63 + (2 - extract(dow from current_date + 63)::int + 7) % 7, '19:00', '20:15',
     'Main Hall, Larkmead School', '{larkmead-school}', '{PARENTS}', '{10,11}',
     'What the research says about effective revision, and how families can help at home.',
     E'Teachers explain the revision techniques that make the biggest difference and how to build a realistic '
         || E'timetable.\n\n'
         || E'- Retrieval practice and spacing, explained simply\n'
         || E'- Making a revision timetable together\n'
         || E'- Handouts to take home',
     'Free. No need to book.', null, 'DRAFT'),
    ('year-12-engineering-challenge-day', 'Year 12 engineering challenge day', 'careers-and-higher-education',
     current_date + 91 + (5 - extract(dow from current_date + 91)::int + 7) % 7, null, null,
     'Design Technology Centre, Radley College', '{radley-college}', '{STUDENTS}', '{12}',
     'Teams of Year 12 students design, build and test a solution to a real engineering brief set by local '
         || 'employers.',
     E'Engineers from Milton Park and Harwell set the challenge and judge the final designs.\n\n'
         || E'- Mixed teams from different schools\n'
         || E'- Workshop tools and materials provided\n'
         || E'- Certificates for every participant',
     'Ten places for each school.', null, 'DRAFT')
),
planned as (
    select slug, title, category, venue, hosts, audiences, year_groups, summary, description, booking_text,
           booking_url, status, starts, ends,
           case when status = 'DRAFT' and to_char(day, 'MM-DD') not between '01-05' and '12-18'
                then day + 21 else day end as day
    from spec
),
x as (
    select sp.*, c.id as category_id, coalesce(vs.address, '') as venue_address, t.starts_at, t.ends_at,
           least(t.starts_at, now()) - interval '3 weeks' - (length(sp.slug) % 7) * interval '1 day' as created,
           case when sp.status = 'CANCELLED' then now() - interval '3 days' end as cancelled_at
    from planned as sp
    join category as c on c.slug = sp.category
    left join school as vs on sp.venue like '%, ' || vs.name
    cross join lateral (select
        case when sp.starts is null then sp.day::timestamp at time zone 'Europe/London'
             else (sp.day + sp.starts::time) at time zone 'Europe/London' end as starts_at,
        case when sp.starts is null then (sp.day + 1)::timestamp at time zone 'Europe/London'
             else (sp.day + sp.ends::time) at time zone 'Europe/London' end as ends_at) as t
),
ins as (
    insert into event (title, slug, summary, description, all_day, starts_at, ends_at, start_date, end_date,
                       venue_name, venue_address, whole_partnership, category_id, audiences, year_groups,
                       booking_text, booking_url, status, cancelled_at, cancellation_reason, sequence,
                       created_at, created_by, updated_at, updated_by)
    select title, slug, summary, description, starts is null, starts_at, ends_at,
           case when starts is null then day end, case when starts is null then day end,
           venue, venue_address, hosts::text[] = '{}', category_id, audiences::varchar(20)[],
           year_groups::smallint[], booking_text, booking_url, status, cancelled_at,
           case when status = 'CANCELLED'
                then 'The pitches are waterlogged after a week of rain, and the league has called off all fixtures this weekend.' else '' end,
           case when status = 'CANCELLED' then 1 else 0 end,
           created, 'jessica.burns@ox14.example.org', coalesce(cancelled_at, created), 'jessica.burns@ox14.example.org'
    from x
    on conflict (slug) do nothing
    returning id, slug
)
insert into event_host (event_id, school_id)
select ins.id, s.id
from ins
join x on x.slug = ins.slug
cross join lateral unnest(x.hosts::text[]) as h (school_slug)
join school as s on s.slug = h.school_slug
on conflict do nothing;

-- Demo accounts (demo profile only; documented in the README). Passwords:
--   coordinator:      jessica.burns@ox14.example.org / coordinator demo walnut
--   representatives:  <school slug>@ox14.example.org  / representative demo maple
insert into account (email, name, password_hash, role, school_id, status)
values ('jessica.burns@ox14.example.org', 'Jessica Burns',
        '{bcrypt}$2a$10$0eweK9Olh06dbFgyjfHjGu3YbANBrGaov4ZorHIqHa7eaTEneDVYy', 'COORDINATOR', null, 'ACTIVE')
on conflict do nothing;

insert into account (email, name, password_hash, role, school_id, status)
select s.slug || '@ox14.example.org', 'Representative of ' || s.name,
       '{bcrypt}$2a$10$x35L5n9ov4bdjiWcFpEuv.m5rjnMCeeZsJsSPCZ3MP5x.T6LReTAW', 'REPRESENTATIVE', s.id, 'ACTIVE'
from school s
where s.slug in ('abingdon-school', 'fitzharrys-school', 'john-mason-school', 'larkmead-school', 'radley-college',
                 'st-helen-and-st-katharine')
on conflict do nothing;

-- News: posts of the partnership's recent weeks, dated relative to today so the demo always has fresh news,
-- written by the demo coordinator. One is scheduled for next week (it appears by itself at that time) and one
-- is a draft. Publish times are Europe/London wall-clock times. Each statement skips slugs that exist and links
-- only the posts it inserted to their schools, so running the script again adds nothing. No semicolons in text.
with x (slug, title, summary, body, status, days_ago, at_time, schools) as (values
    ('peer-mentors-complete-their-training', 'Peer mentors complete their training',
     'Thirty Year 12 students from four OX14 schools are ready to mentor Year 9 students from another school.',
     'Thirty Year 12 students from John Mason School, Larkmead School, Fitzharrys School and St Helen and '
         || 'St Katharine have completed two days of training with **The Abingdon Bridge**, ready for the new '
         || 'round of the OX14 peer mentoring programme.'
         || E'\n\n' || 'Each mentor is paired with a Year 9 student from another school. Pairs meet every week '
         || 'to set goals, talk about study habits and build confidence.'
         || E'\n\n' || '- Sessions move to a different school each half term'
         || E'\n' || '- Mentors are supported by staff from every school'
         || E'\n' || '- Ask your head of year if you would like a mentor',
     'PUBLISHED', 40, time '08:30', '{john-mason-school,larkmead-school,fitzharrys-school,st-helen-and-st-katharine}'),
    ('joint-orchestra-rehearsals-begin', 'Joint orchestra rehearsals begin',
     'Musicians from Abingdon School and St Helen and St Katharine are rehearsing together for the OX14 concert.',
     'The OX14 joint orchestra has held its first rehearsal of the year, with more than sixty players from '
         || 'Abingdon School and St Helen and St Katharine, joined by string players from Fitzharrys School.'
         || E'\n\n' || 'Rehearsals take place on alternate Thursdays in the Amey Theatre. New players of grade 5 '
         || 'standard or above are welcome: speak to your school''s director of music.',
     'PUBLISHED', 30, time '12:00', '{abingdon-school,st-helen-and-st-katharine,fitzharrys-school}'),
    ('student-voice-committee-sets-its-priorities', 'Student voice committee sets its priorities',
     'Representatives from all six schools have chosen three priorities for the partnership''s year.',
     'At its first meeting of the year the OX14 student voice committee agreed three priorities:'
         || E'\n\n' || '1. More joint clubs that students can join from any school'
         || E'\n' || '2. A wellbeing week planned by students, for students'
         || E'\n' || '3. Better information about sixth form choices across Abingdon'
         || E'\n\n' || 'The committee meets on the first Thursday of each month. Send ideas to your school''s '
         || 'representatives, who share the minutes with every school council.',
     'PUBLISHED', 21, time '16:00', '{}'),
    ('computer-science-coaching-added', 'Computer science joins academic coaching',
     'The fortnightly GCSE coaching programme now includes algorithms and programming challenges.',
     'Academic coaching for Year 10 and 11 students now includes **computer science**, led by specialist '
         || 'teachers from Radley College and Fitzharrys School.'
         || E'\n\n' || 'Sessions focus on algorithms, tracing code and the longer programming questions in GCSE '
         || 'papers. Places are allocated by each school''s OX14 contact.'
         || E'\n\n' || 'See the [events calendar](/events/list?category=academic) for dates.',
     'PUBLISHED', 14, time '09:00', '{radley-college,fitzharrys-school}'),
    ('staff-share-ideas-at-joint-training-day', 'Staff share ideas at a joint training day',
     'Over a hundred teachers and support staff met at Larkmead School to share classroom practice.',
     'More than a hundred teachers and support staff from the six OX14 schools spent a training day together '
         || 'at Larkmead School, in workshops led by colleagues from across the partnership.'
         || E'\n\n' || 'Topics included adaptive teaching, supporting students with anxiety, and feedback that '
         || 'saves teachers time. Slides and notes are shared on each school''s staff area.',
     'PUBLISHED', 9, time '15:30', '{larkmead-school,abingdon-school}'),
    ('broadcast-journalism-workshop-for-year-10', 'Year 10 students try broadcast journalism',
     'Students from John Mason School and Radley College produced a news bulletin in a single day.',
     'Working with the **Oxfordshire Academy of Broadcast Journalism**, Year 10 students from John Mason School '
         || 'and Radley College researched, filmed and presented a five-minute news bulletin about life in Abingdon.'
         || E'\n\n' || 'The students learnt interviewing, scripting and editing from working journalists, and '
         || 'the finished bulletin was shown to both schools in assembly.',
     'PUBLISHED', 4, time '10:00', '{john-mason-school,radley-college}'),
    ('wellbeing-evening-for-parents-and-carers', 'Wellbeing evening for parents and carers',
     'An evening about sleep, screens and exam stress, open to families from every OX14 school.',
     'Parents and carers from all six schools are invited to an evening about supporting teenagers with sleep, '
         || 'screen time and exam stress, led by the partnership''s mental health and wellbeing coordinator with '
         || 'The Abingdon Bridge.'
         || E'\n\n' || 'The evening is free. Details are in the events calendar, and each school will send a '
         || 'reminder the week before.',
     'PUBLISHED', 1, time '17:00', '{st-helen-and-st-katharine,larkmead-school}'),
    ('partnership-survey-results', 'What students told us: partnership survey results',
     'Almost two thousand students answered the OX14 survey about joint activities. Here is what they said.',
     'Almost two thousand students from the six schools answered this year''s OX14 survey.'
         || E'\n\n' || '- Four in five would like more joint clubs'
         || E'\n' || '- Sport and music were the most popular activities'
         || E'\n' || '- Students asked for more notice of events, which the calendar feeds now give',
     'SCHEDULED', -7, time '08:00', '{}'),
    ('summer-sports-festival-plans', 'Plans for a summer sports festival',
     'A draft announcement of the OX14 summer sports festival, to be published once venues are confirmed.',
     'Draft: the sports festival will be hosted at Radley College and Abingdon School. Confirm venues and '
         || 'timings before publishing.',
     'DRAFT', 0, time '09:00', '{radley-college,abingdon-school}')
),
author as (
    select id, name, email from account where lower(email) = 'jessica.burns@ox14.example.org'
),
timed as (
    select x.*, case when x.status = 'DRAFT' then null
                     else ((current_date - x.days_ago) + x.at_time) at time zone 'Europe/London' end as publish_at
    from x
),
ins as (
    insert into news_post (title, slug, summary, body, status, publish_at, author_id, author_name,
                           created_at, updated_at, updated_by)
    select t.title, t.slug, t.summary, t.body, t.status, t.publish_at, a.id, coalesce(a.name, 'Jessica Burns'),
           least(coalesce(t.publish_at, now()), now()) - interval '1 day',
           least(coalesce(t.publish_at, now()), now()) - interval '1 day',
           'jessica.burns@ox14.example.org'
    from timed as t
    left join author as a on true
    on conflict (slug) do nothing
    returning id, slug
)
insert into news_post_school (post_id, school_id)
select ins.id, s.id
from ins
join x on x.slug = ins.slug
cross join lateral unnest(x.schools::text[]) as h (school_slug)
join school as s on s.slug = h.school_slug
on conflict do nothing;

-- A post lists the events it is about (issue 19): the computer science coaching post, its next two sessions.
insert into news_post_event (post_id, event_id, position)
select p.id, e.id, (row_number() over (order by e.starts_at, e.id) - 1)::integer
from news_post as p
cross join lateral (select ev.id, ev.starts_at from event as ev
                    where ev.slug like 'academic-coaching-computer-science-%' and ev.status = 'PUBLISHED'
                      and ev.starts_at > now()
                    order by ev.starts_at limit 2) as e
where p.slug = 'computer-science-coaching-added'
  and not exists (select 1 from news_post_event as l where l.post_id = p.id);

-- The weekly peer mentoring and the monthly student voice committee above are repeating events: each date is
-- an event of its own, linked to the rule it follows (issue 10), so its page says how it repeats and lists the
-- other dates. A later run links new dates to the same series; a series is made only once.
with rule (prefix, frequency, week_of_month) as (values
    ('peer-mentoring-', 'WEEKLY', null::smallint),
    ('student-voice-committee-', 'MONTHLY_WEEKDAY', 1::smallint)
),
dated as (
    select r.prefix, r.frequency, r.week_of_month, e.id, e.series_id,
           (e.starts_at at time zone 'Europe/London')::date as day
    from rule as r
    join event as e on e.slug ~ ('^' || r.prefix || '\d{4}-\d{2}-\d{2}$')
),
made as (
    insert into event_series (frequency, week_of_month, first_day, until_date, skip_term_breaks)
    select d.frequency, d.week_of_month, min(d.day), max(d.day), true
    from dated as d
    group by d.prefix, d.frequency, d.week_of_month
    having bool_and(d.series_id is null)
    returning id, first_day, frequency
),
target as (
    select d.prefix, coalesce((select m.id from made as m
                               where m.frequency = d.frequency and m.first_day = min(d.day)),
                              max(d.series_id)) as series_id
    from dated as d
    group by d.prefix, d.frequency
)
update event as e
set series_id = t.series_id
from dated as d
join target as t on t.prefix = d.prefix
where e.id = d.id and e.series_id is null and t.series_id is not null;

-- Issue 20: the partnership's strands of work as programme pages, written from its launch letter, each listed under
-- "What we do" and following its event category where one matches (peer mentoring has none of its own: its sessions
-- sit under Wellbeing). A page already there (by slug) is left alone. No semicolons in text.
insert into programme_page (title, slug, summary, body, placement, position, category_id, status, published_at,
                            created_at, updated_at, updated_by)
select p.title, p.slug, p.summary, p.body, 'WHAT_WE_DO', p.position, c.id, 'PUBLISHED', now(), now(), now(),
       'jessica.burns@ox14.example.org'
from (values
    (1, 'Academic coaching', 'academic-coaching', 'academic'::text,
     'Small-group coaching for GCSE students, led by specialist teachers from across the six schools.',
     'Academic coaching stretches students of every ability beyond what one school could offer alone. Groups of '
         || 'Year 10 and 11 students from different schools meet every fortnight with a specialist teacher, in '
         || 'subjects chosen with the schools: mathematics, the sciences, English and now computer science.'
         || E'\n\n' || '## How it works'
         || E'\n\n' || '- Sessions rotate between the schools and run after the school day'
         || E'\n' || '- Places are allocated by each school''s OX14 contact'
         || E'\n' || '- Coaches share resources so that every student can keep practising at home'
         || E'\n\n' || 'Coaching is part of the partnership''s aim to **challenge**: to open the same opportunities to '
         || 'every young person in Abingdon, whichever school they attend.'),
    (2, 'Peer mentoring', 'peer-mentoring', null,
     'Sixth formers mentor Year 9 students from another school, meeting every week to build confidence.',
     'In the OX14 peer mentoring programme, trained Year 12 students are paired with a Year 9 student from another '
         || 'school. Pairs meet each week to set goals, talk about study habits and build confidence.'
         || E'\n\n' || 'Mentors are trained by **The Abingdon Bridge** before they start and are supported by staff '
         || 'from every school. Sessions move to a different school each half term, so students get to know the '
         || 'whole town.'
         || E'\n\n' || 'Ask your head of year if you would like a mentor, or if you are in Year 12 and would like to '
         || 'become one. The weekly sessions are listed in the calendar under Wellbeing.'),
    (3, 'Student voice committee', 'student-voice-committee', 'student-voice',
     'Students from all six schools suggest activities, review how events went and help plan the partnership''s year.',
     'The student voice committee has members from every OX14 school and meets each half term, with extra meetings '
         || 'when a project needs one. It suggests activities, reviews how events went and helps plan the '
         || 'partnership''s year.'
         || E'\n\n' || 'This year the committee has chosen three priorities: more joint clubs that students can join '
         || 'from any school, a wellbeing week planned by students for students, and better information about '
         || 'sixth form choices across Abingdon.'
         || E'\n\n' || 'Send ideas to your school''s representatives, who share the minutes with every school council.'),
    (4, 'Wellbeing', 'wellbeing', 'wellbeing',
     'Support for young people, parents and carers, led by the partnership''s mental health and wellbeing coordinator.',
     'Looking after wellbeing is one of the partnership''s three aims. The mental health and wellbeing coordinator '
         || 'works with every school and with **The Abingdon Bridge**, which offers counselling and support to young '
         || 'people in the town.'
         || E'\n\n' || 'Through the year there are talks and evenings for parents and carers, on sleep, screens, '
         || 'friendships online and exam stress, and workshops for students. Everything is free and open to '
         || 'families from every OX14 school.'),
    (5, 'Staff professional development', 'staff-cpd', 'staff-cpd',
     'Joint training days, twilight sessions and an induction for new staff, shared across the six schools.',
     'Teachers and support staff of the six schools learn from one another. The partnership runs a joint INSET '
         || 'day, twilight CPD sessions through the year and an induction for staff new to Abingdon, with '
         || 'workshops led by colleagues from across the partnership.'
         || E'\n\n' || 'Recent topics include adaptive teaching, retrieval practice, oracy across the curriculum and '
         || 'using AI tools safely in school. Slides and notes are shared on each school''s staff area.'),
    (6, 'Higher education support', 'higher-education-support', 'careers-and-higher-education',
     'Help with university choices, personal statements and interviews for sixth formers from every school.',
     'Sixth formers from all six schools can take part in the partnership''s higher education programme: '
         || 'personal statement clinics, mock university interviews with staff from other schools, and evenings '
         || 'for students and families about choices after the sixth form.'
         || E'\n\n' || 'The programme brings the experience of every school''s university advisers together, so '
         || 'that each student gets the same support, whichever school they attend.')
) as p (position, title, slug, category, summary, body)
left join category as c on c.slug = p.category
on conflict (slug) do nothing;

-- Issue 20: the peer mentoring page follows the weekly peer mentoring series (its sessions sit under Wellbeing, so
-- no category of its own), and so lists their coming dates and the news linked to them. Once: a page whose series
-- the coordinator has changed is left alone.
insert into programme_page_series (page_id, series_id)
select distinct p.id, e.series_id
from programme_page as p
join event as e on e.slug ~ '^peer-mentoring-\d{4}-\d{2}-\d{2}$' and e.series_id is not null
where p.slug = 'peer-mentoring'
  and not exists (select 1 from programme_page_series as l where l.page_id = p.id)
on conflict do nothing;

-- Issue 21: who took part. The schools' numbers on roll (about right for 2026), then a year of plausible numbers for
-- the published events of the demo's academic year (from ay, as above) that ended more than ten days ago (those of the last ten days are left for the representatives
-- to record, so the dashboard lists them and the day-after request has something to ask): each host school (every
-- school for a whole-partnership event) and, for about a third of the events, a visiting school, with students if
-- the event is for students (split evenly over its year groups, the rest to the first), a few staff, and parents and
-- carers or others where the event is for them. The numbers follow from the event's and school's slugs, so every run
-- makes the same ones, and a row already there (recorded in the demo) is left alone.
update school set number_on_roll = v.roll
from (values ('abingdon-school', 1090), ('fitzharrys-school', 900), ('john-mason-school', 1350),
             ('larkmead-school', 1000), ('radley-college', 780), ('st-helen-and-st-katharine', 720))
     as v (slug, roll)
where school.slug = v.slug and school.number_on_roll is null;

insert into impact_record (event_id, school_id, students, year_7, year_8, year_9, year_10, year_11, year_12, year_13,
                           staff, parents, others, version, updated_by)
select e.id, s.id, n.students,
       case when 7 = any(e.year_groups) then n.students / n.groups
            + case when e.year_groups[1] = 7 then n.students % n.groups else 0 end end,
       case when 8 = any(e.year_groups) then n.students / n.groups
            + case when e.year_groups[1] = 8 then n.students % n.groups else 0 end end,
       case when 9 = any(e.year_groups) then n.students / n.groups
            + case when e.year_groups[1] = 9 then n.students % n.groups else 0 end end,
       case when 10 = any(e.year_groups) then n.students / n.groups
            + case when e.year_groups[1] = 10 then n.students % n.groups else 0 end end,
       case when 11 = any(e.year_groups) then n.students / n.groups
            + case when e.year_groups[1] = 11 then n.students % n.groups else 0 end end,
       case when 12 = any(e.year_groups) then n.students / n.groups
            + case when e.year_groups[1] = 12 then n.students % n.groups else 0 end end,
       case when 13 = any(e.year_groups) then n.students / n.groups
            + case when e.year_groups[1] = 13 then n.students % n.groups else 0 end end,
       case when 'STAFF' = any(e.audiences) then 3 + n.h % 15 else 1 + n.h % 4 end,
       case when 'PARENTS' = any(e.audiences) then 4 + n.h % 27 else 0 end,
       case when 'COMMUNITY' = any(e.audiences) then 2 + n.h % 9 else 0 end,
       1, 'Demo content'
from event e
cross join school s
cross join lateral (select abs(hashtext(e.slug || '/' || s.slug)) as h) as hashed
cross join lateral (select hashed.h as h,
                           case when 'STUDENTS' = any(e.audiences) then 6 + hashed.h % 35 else 0 end as students,
                           greatest(coalesce(array_length(e.year_groups, 1), 1), 1) as groups) as n
where e.status = 'PUBLISHED' and e.ends_at < now() - interval '10 days'
  and e.starts_at >= make_date(extract(year from now() - interval '8 months')::int, 9, 1)
  and (e.whole_partnership
       or exists (select 1 from event_host h where h.event_id = e.id and h.school_id = s.id)
       or n.h % 3 = 0)
on conflict (event_id, school_id) do nothing;
