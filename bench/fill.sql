-- Benchmark data for bench/run: the partnership, its 6 schools and 9 categories, 10,000 events over five
-- years (four years back, one year ahead: a partnership's history grows, its plans reach about a year) and
-- 1,000 published news posts over the same five years; for the signed-in pages, a coordinator, a representative
-- of each school and 360 proposals; and who took part in every event held (issue 21's impact report). Run once, on a database that Flyway has just migrated.
-- Deterministic: the same rows every run, dated relative to today.

\set ON_ERROR_STOP on

begin;

insert into partnership (id, name, short_name, strapline, about, launched_on, launch_note, contact_name, contact_email)
values (1, 'OX14 Learning Partnership', 'OX14',
        'Six Abingdon secondary schools, state and independent, learning together.',
        'The OX14 Learning Partnership brings together six state and independent secondary schools in '
            || 'Abingdon, Oxfordshire. Students, parents and staff share talks, workshops, coaching, sport, '
            || 'music and training.' || chr(10) || chr(10)
            || '## Student voice' || chr(10) || chr(10)
            || 'A student voice committee with members from every school meets each half term.',
        date '2021-11-19',
        'Formally launched with a Memorandum of Understanding signed by the six head teachers.',
        'Jessica Burns', 'coordinator@ox14.example.org');

insert into partnership_aim (position, title, body) values
    (1, 'INSPIRE', 'Open doors to talks, workshops and experiences that spark curiosity beyond the classroom.'),
    (2, 'CHALLENGE', 'Stretch students of every ability through academic coaching, competitions and projects.'),
    (3, 'SUPPORT', 'Look after wellbeing and share expertise between staff, parents and carers across the town.');

insert into school (name, slug, sector, website, address, description, colour, position) values
    ('Abingdon School', 'abingdon-school', 'INDEPENDENT', 'https://www.abingdon.org.uk/',
        'Park Road, Abingdon OX14 1DE', 'An independent day and boarding school for boys aged 11 to 18.', '#7a1f2b', 1),
    ('Fitzharrys School', 'fitzharrys-school', 'STATE', 'https://www.fitzharrys.oxon.sch.uk/',
        'Northcourt Road, Abingdon OX14 1NP', 'A mixed 11 to 18 academy in north Abingdon.', '#1d5e3a', 2),
    ('John Mason School', 'john-mason-school', 'STATE', 'https://www.jms.oxon.sch.uk/',
        'Wootton Road, Abingdon OX14 1JB', 'A mixed 11 to 18 academy with a sixth form shared with local schools.',
        '#174a7c', 3),
    ('Larkmead School', 'larkmead-school', 'STATE', 'https://www.larkmead.oxon.sch.uk/',
        'Faringdon Road, Abingdon OX14 1RF', 'A mixed 11 to 18 academy on the west side of Abingdon.', '#5b2a86', 4),
    ('Radley College', 'radley-college', 'INDEPENDENT', 'https://www.radley.org.uk/',
        'Kennington Road, Radley, Abingdon OX14 2HR', 'An independent boarding school for boys aged 13 to 18.',
        '#8a4b08', 5),
    ('St Helen and St Katharine', 'st-helen-and-st-katharine', 'INDEPENDENT', 'https://www.shsk.org.uk/',
        'Faringdon Road, Abingdon OX14 1BE', 'An independent day school for girls aged 9 to 18.', '#00606b', 6);

insert into category (name, slug, position) values
    ('Academic', 'academic', 1),
    ('Wellbeing', 'wellbeing', 2),
    ('Sport', 'sport', 3),
    ('Music', 'music', 4),
    ('Arts & media', 'arts-and-media', 5),
    ('Languages', 'languages', 6),
    ('Careers & higher education', 'careers-and-higher-education', 7),
    ('Staff CPD', 'staff-cpd', 8),
    ('Student voice', 'student-voice', 9);

-- Events. i = 1..10000 spread evenly from four years ago to one year ahead (about 5.5 a day).
-- Every 10th is all-day (every 20th of those spanning three days), the rest timed between 09:00 and 18:30
-- Europe/London for 90 minutes; every 25th is cancelled; every 7th is hosted by the whole partnership,
-- the others by one school (every 3rd by two). Categories rotate through all nine.
create temporary table bench_event as
select i,
       (current_date - interval '4 years')::date + (i * 1826 / 10000) as day,
       i % 10 = 0 as all_day,
       case when i % 20 = 0 then 2 else 0 end as extra_days,
       (9 + (i % 10))::int as hour,
       (array['Academic coaching', 'Wellbeing workshop', 'Inter-school football', 'Partnership orchestra',
              'Film-making masterclass', 'French debating', 'University applications evening',
              'Teaching and learning CPD', 'Student voice committee'])[1 + i % 9] as title,
       1 + i % 9 as category_position,
       i % 25 = 0 as cancelled,
       i % 7 = 0 as whole
from generate_series(1, 10000) as i;

insert into event (title, slug, summary, description, all_day, starts_at, ends_at, start_date, end_date,
                   venue_name, venue_address, whole_partnership, category_id, audiences, year_groups,
                   booking_text, booking_url, status, cancelled_at, cancellation_reason, created_by)
select b.title || ' ' || b.i,
       regexp_replace(lower(b.title), '[^a-z0-9]+', '-', 'g') || '-' || b.i,
       'A ' || lower(b.title) || ' for students from across the partnership.',
       'Students from all six schools are welcome. Bring a pen and paper; refreshments are provided.'
           || chr(10) || chr(10) || '## What to expect' || chr(10) || chr(10)
           || 'A short introduction, an hour of hands-on work in small groups and time for questions at the end.',
       b.all_day,
       case when b.all_day then b.day::timestamp at time zone 'Europe/London'
            else (b.day + make_time(b.hour, 0, 0)) at time zone 'Europe/London' end,
       case when b.all_day then (b.day + b.extra_days + 1)::timestamp at time zone 'Europe/London'
            else (b.day + make_time(b.hour, 0, 0) + interval '90 minutes') at time zone 'Europe/London' end,
       case when b.all_day then b.day end,
       case when b.all_day then b.day + b.extra_days end,
       'Main hall', 'Park Road, Abingdon OX14 1DE',
       b.whole,
       c.id,
       '{STUDENTS}', '{10,11,12}',
       'Free. Book a place through your school.', null,
       case when b.cancelled then 'CANCELLED' else 'PUBLISHED' end,
       case when b.cancelled
            then least(now(), (b.day::timestamp at time zone 'Europe/London') - interval '7 days') end,
       case when b.cancelled then 'The speaker is unwell.' else '' end,
       'bench@example.org'
from bench_event b
join category c on c.position = b.category_position
order by b.i;

insert into event_host (event_id, school_id)
select e.id, s.id
from event e
join bench_event b on e.slug = regexp_replace(lower(b.title), '[^a-z0-9]+', '-', 'g') || '-' || b.i
join school s on s.position = 1 + b.i % 6 or (b.i % 3 = 0 and s.position = 1 + (b.i + 1) % 6)
where not b.whole;

-- News: 1,000 published posts, one every 1.8 days back to five years ago; two in three about one school.
insert into news_post (title, slug, summary, body, status, publish_at, author_name, created_at, updated_at)
select 'Partnership news ' || i,
       'partnership-news-' || i,
       'What happened across the six schools this week.',
       'Students from all six schools took part.' || chr(10) || chr(10)
           || '## Highlights' || chr(10) || chr(10)
           || 'The orchestra rehearsed for the spring concert, the debating team reached the county final and '
           || 'the student voice committee agreed next term''s programme.',
       'PUBLISHED',
       now() - (i * interval '1826 minutes' * 1.44) - interval '1 hour',
       'Jessica Burns',
       now() - (i * interval '1826 minutes' * 1.44) - interval '2 hours',
       now() - (i * interval '1826 minutes' * 1.44) - interval '2 hours'
from generate_series(1, 1000) as i;

insert into news_post_school (post_id, school_id)
select p.id, s.id
from news_post p
join school s on s.position = 1 + p.id % 6
where p.id % 3 <> 0;

-- Accounts for the signed-in run (issue 18): a coordinator, and a representative for each school. The hashes are
-- the demo content's (src/main/resources/db/demo/R__demo_content.sql), so the passwords are the demo ones,
-- 'coordinator demo walnut' and 'representative demo maple'; the first sign-in replaces each with a PBKDF2 hash.
insert into account (email, name, password_hash, role, school_id, status)
values ('coordinator@bench.example.org', 'Bench Coordinator',
        '{bcrypt}$2a$10$0eweK9Olh06dbFgyjfHjGu3YbANBrGaov4ZorHIqHa7eaTEneDVYy', 'COORDINATOR', null, 'ACTIVE');

insert into account (email, name, password_hash, role, school_id, status)
select s.slug || '@bench.example.org', 'Representative of ' || s.name,
       '{bcrypt}$2a$10$x35L5n9ov4bdjiWcFpEuv.m5rjnMCeeZsJsSPCZ3MP5x.T6LReTAW', 'REPRESENTATIVE', s.id, 'ACTIVE'
from school s;

-- Proposals: 60 per school over the five years (about one a month), in every status, each with its creation in
-- the history and one message; a representative's /proposals lists all of its school's, the dashboard counts them.
insert into proposal (school_id, proposer_id, title, description, proposed_dates, venue, audiences, year_groups,
                      category_id, expected_numbers, needs, status, created_at, updated_at, updated_by)
select s.id, a.id,
       'Proposed activity ' || s.position || '-' || i,
       'A workshop for students from across the partnership, run by our staff.',
       'A Wednesday afternoon in the second half of term',
       'Main hall', 'STUDENTS', '10,11,12',
       c.id, 20 + i % 40, 'A room for 40 and a projector.',
       (array['SUBMITTED', 'CHANGES_REQUESTED', 'RESUBMITTED', 'APPROVED', 'DECLINED', 'WITHDRAWN'])[1 + i % 6],
       now() - i * interval '30 days', now() - i * interval '30 days' + interval '2 days', a.name
from school s
join account a on a.school_id = s.id
cross join generate_series(1, 60) as i
join category c on c.position = 1 + (s.position + i) % 9;

insert into proposal_history (proposal_id, actor_name, action, detail, at)
select p.id, p.updated_by, 'created', '', p.created_at from proposal p;

insert into proposal_message (proposal_id, author_id, author_name, coordinator, body, at)
select p.id, p.proposer_id, p.updated_by, false, 'We can bring the materials; could the partnership book the hall?',
       p.created_at + interval '1 hour'
from proposal p;

-- Issue 21: who took part, for the impact report: every published event that has ended has numbers from each of its
-- host schools (all six for a whole-partnership event) and, for every third event, from one visiting school.
insert into impact_record (event_id, school_id, students, year_9, year_10, staff, parents, others, version, updated_by)
select e.id, s.id, 5 + (e.id + s.id) % 40, (5 + (e.id + s.id) % 40) / 3, (5 + (e.id + s.id) % 40) / 2, 1 + (e.id + s.id) % 4,
       (e.id * s.id) % 12, (e.id + 2 * s.id) % 5, 1, 'Bench'
from event e cross join school s
where e.status = 'PUBLISHED' and e.ends_at < now()
  and (e.whole_partnership
       or exists (select 1 from event_host h where h.event_id = e.id and h.school_id = s.id)
       or (e.id % 3 = 0 and s.id = 1 + (e.id / 3) % 6));

commit;

analyze;
