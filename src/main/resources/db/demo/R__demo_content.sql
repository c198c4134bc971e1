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
