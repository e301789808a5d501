-- For the erasure benchmark, on top of the demo: 100,000 persons whose periods have run out (a referral accepted and
-- an identification decided six years ago, a case closed five and a half years ago, two notes and ten timeline
-- entries each, three match keys), 100,000 persons whose cases are still open (kept), and 20,000 anonymous
-- notifications and 20,000 hotline calls three years old.
CREATE TEMP TABLE bench_org AS SELECT id FROM access.organisation ORDER BY name LIMIT 1;

INSERT INTO people.person (id, reference, given_names, family_name, given_names_latin, family_name_latin, gender,
                           birth_precision, birth_date, birth_year, interpreter_needed, phone, registered_by,
                           registered_at, version)
SELECT md5('erasure-person' || i)::uuid,
       'P-E' || lpad(to_hex(i), 5, '0') || '-' || lpad(i::text, 6, '0'),
       (ARRAY ['Ioana', 'Olena', 'Nguyen Thi', 'Maria', 'Ahmed', 'Li', 'Precious', 'Daniela'])[1 + i % 8],
       'Family' || i, (ARRAY ['Ioana', 'Olena', 'Nguyen Thi', 'Maria', 'Ahmed', 'Li', 'Precious', 'Daniela'])[1 + i % 8],
       'Family' || i, (ARRAY ['Feminine', 'Masculine'])[1 + i % 2], 'EXACT',
       DATE '1970-01-01' + (i % 15000), NULL, i % 3 = 0, '+45 ' || (20000000 + i),
       md5('colleague' || (i % 40))::uuid, now() - interval '6 years', 1
FROM generate_series(1, 200000) AS i;

INSERT INTO people.match_key (key, person_id)
SELECT k || ':' || (i % 5000), md5('erasure-person' || i)::uuid
FROM generate_series(1, 200000) AS i, unnest(ARRAY ['g', 'f', 'b']) AS k;

INSERT INTO intake.referral (id, version, status, path, source_organisation, channel, encounter_date, encounter_place,
                             immediate_danger, account, given_names, family_name, birth_precision, birth_date, gender,
                             consent_to_referral, consent_to_police, consent_to_contact, created_at, submitted_at,
                             decided_at, person_id)
SELECT md5('erasure-referral' || i)::uuid, 1, 'ACCEPTED', 'FULL', (SELECT id FROM bench_org), 'NGO_OUTREACH',
       current_date - 2200, 'Copenhagen', FALSE, 'What she told, in her words, number ' || i,
       (ARRAY ['Ioana', 'Olena', 'Nguyen Thi', 'Maria'])[1 + i % 4], 'Family' || i, 'EXACT',
       DATE '1970-01-01' + (i % 15000), (ARRAY ['Feminine', 'Masculine'])[1 + i % 2], TRUE, FALSE, TRUE,
       now() - interval '6 years', now() - interval '6 years', now() - interval '6 years',
       md5('erasure-person' || i)::uuid
FROM generate_series(1, 200000) AS i;

INSERT INTO identification.identification (id, version, referral_id, person_id, status, residence_status, minor,
                                           referral_date, opened_at)
SELECT md5('erasure-identification' || i)::uuid, 1, md5('erasure-referral' || i)::uuid,
       md5('erasure-person' || i)::uuid, 'DECIDED', 'NO_LEGAL_RESIDENCE', FALSE, current_date - 2200,
       now() - interval '6 years'
FROM generate_series(1, 200000) AS i;

-- the first 100,000 cases closed five and a half years ago (due), the others still open (kept)
INSERT INTO casework.case_file (id, version, person_id, person_reference, identification_id, status, closure_reason,
                                closure_note, contact_person, minor, opened_at, closed_at)
SELECT md5('erasure-case' || i)::uuid, 0, md5('erasure-person' || i)::uuid,
       'P-E' || lpad(to_hex(i), 5, '0') || '-' || lpad(i::text, 6, '0'), md5('erasure-identification' || i)::uuid,
       CASE WHEN i <= 100000 THEN 'CLOSED' ELSE 'ACTIVE' END,
       CASE WHEN i <= 100000 THEN 'CONTINUED_STAY' END,
       CASE WHEN i <= 100000 THEN 'She moved to her sister in Malmo.' END,
       md5('colleague' || (i % 40))::uuid, FALSE, now() - interval '6 years',
       CASE WHEN i <= 100000 THEN now() - interval '66 months' END
FROM generate_series(1, 200000) AS i;

INSERT INTO casework.note (id, case_id, sensitivity, text, author, organisation, created_at)
SELECT md5('erasure-note' || i || '-' || n)::uuid, md5('erasure-case' || i)::uuid, 'NORMAL',
       'Note ' || n || ' about Family' || i, md5('colleague' || (i % 40))::uuid, (SELECT id FROM bench_org),
       now() - interval '6 years'
FROM generate_series(1, 200000) AS i, generate_series(1, 2) AS n;

INSERT INTO casework.timeline_entry (case_id, occurred_at, kind, module, subject, actor, args)
SELECT md5('erasure-case' || i)::uuid, now() - interval '6 years' + make_interval(days => e), 'NOTE_ADDED',
       'casework', NULL, NULL, ''
FROM generate_series(1, 200000) AS i, generate_series(1, 10) AS e;

INSERT INTO intake.referral (id, version, status, path, source_organisation, channel, encounter_date, encounter_place,
                             immediate_danger, gender, age_band, consent_to_referral, consent_to_police,
                             consent_to_contact, created_at, submitted_at)
SELECT md5('erasure-anonymous' || i)::uuid, 1, 'SUBMITTED', 'ANONYMOUS', (SELECT id FROM bench_org), 'NGO_OUTREACH',
       current_date - 1100, 'Vesterbro, by the station', FALSE, 'Feminine', 'AGE_25_34', FALSE, FALSE, FALSE,
       now() - interval '3 years', now() - interval '3 years'
FROM generate_series(1, 20000) AS i;

INSERT INTO intake.hotline_call (id, received_at, caller_type, topic, outcome, logged_by, organisation, logged_at)
SELECT md5('erasure-call' || i)::uuid, now() - interval '3 years', 'POSSIBLE_VICTIM', 'Asked about work permits',
       'Told about the centre', md5('colleague' || (i % 40))::uuid, (SELECT id FROM bench_org), now() - interval '3 years'
FROM generate_series(1, 20000) AS i;

ANALYZE;
