-- A year of outreach for the summary benchmark: 10,000 activities of the demo NGO this year with 200,000 contacts
-- (20 each; every fifth coded; a few referred), the daily tallies built from them as the front door keeps them.
INSERT INTO outreach.activity (id, organisation, type, held_on, duration_minutes, municipality, area, team, languages,
                               interpreter, closed_at, created_by, created_at)
SELECT md5('activity' || a)::uuid,
       (SELECT id FROM access.organisation WHERE name = 'Nordlys Outreach'),
       (ARRAY ['STREET', 'VENUE', 'MOBILE_HEALTH_VISIT', 'DROP_IN', 'ASYLUM_CENTRE', 'WORKPLACE', 'ONLINE'])[1 + a % 7],
       date_trunc('year', current_date)::date + (a % GREATEST(1, current_date - date_trunc('year', current_date)::date)),
       60 + a % 180, 'Copenhagen', 'Bench area ' || (a % 40), '{}', '{en}', false, now(),
       md5('worker')::uuid, now()
FROM generate_series(1, 10000) AS a;

INSERT INTO outreach.contact (id, activity_id, organisation, held_on, people, sex, age_band, citizenship, first_contact,
                              services, code_hash, suspicion, referral_id, created_by, created_at)
SELECT md5('contact' || n)::uuid, a.id, a.organisation, a.held_on, 1,
       (ARRAY ['FEMALE', 'FEMALE', 'FEMALE', 'MALE', 'OTHER', 'UNKNOWN'])[1 + n % 6],
       (ARRAY ['UNDER_18', 'AGE_18_24', 'AGE_25_34', 'AGE_35_44', 'AGE_45_54', 'AGE_55_PLUS', 'UNKNOWN'])[1 + n % 7],
       (ARRAY ['RO', 'NG', 'TH', 'BG', 'VN'])[1 + n % 5],
       n % 3 <> 0,
       CASE WHEN n % 2 = 0 THEN ARRAY ['INFORMATION', 'HEALTH_CHECK'] ELSE ARRAY ['INFORMATION'] END,
       CASE WHEN n % 5 = 0 THEN md5('code' || (n % 9000)) END,
       n % 500 = 0, NULL, md5('worker')::uuid, now()
FROM generate_series(1, 200000) AS n
JOIN outreach.activity a ON a.id = md5('activity' || (1 + n % 10000))::uuid;

INSERT INTO outreach.contact_tally (organisation, held_on, sex, age_band, first_contact, people, suspicions, referrals)
SELECT organisation, held_on, sex, age_band, first_contact, sum(people), count(*) FILTER (WHERE suspicion), 0
FROM outreach.contact WHERE created_by = md5('worker')::uuid
GROUP BY organisation, held_on, sex, age_band, first_contact
ON CONFLICT (organisation, held_on, sex, age_band, first_contact) DO UPDATE
    SET people = outreach.contact_tally.people + EXCLUDED.people,
        suspicions = outreach.contact_tally.suspicions + EXCLUDED.suspicions;

INSERT INTO outreach.service_tally (organisation, held_on, service, people)
SELECT organisation, held_on, s, sum(people)
FROM outreach.contact, unnest(services) AS s WHERE created_by = md5('worker')::uuid
GROUP BY organisation, held_on, s
ON CONFLICT (organisation, held_on, service) DO UPDATE
    SET people = outreach.service_tally.people + EXCLUDED.people;

UPDATE outreach.tally_version SET version = version + 1 WHERE id = 1;

ANALYZE outreach.activity;
ANALYZE outreach.contact;
ANALYZE outreach.contact_tally;
ANALYZE outreach.service_tally;
