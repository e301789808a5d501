-- 100,000 synthetic referrals for the load benchmark, spread over three years, paths and organisations. As in a real
-- database, the centre has decided on nearly all of them: only those of the last 30 days still wait (about 2,700).
INSERT INTO intake.referral (id, version, status, path, source_organisation, source_user, channel, encounter_date,
                             encounter_place, immediate_danger, given_names, family_name, birth_precision, birth_year,
                             gender, age_band, consent_to_referral, consent_to_police, consent_to_contact, created_at,
                             submitted_at, decided_at, minor)
SELECT gen_random_uuid(),
       1,
       CASE WHEN i % 1095 < 30 THEN 'SUBMITTED' ELSE (ARRAY ['ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'DECLINED'])[1 + i % 4] END,
       CASE WHEN i % 10 < 6 THEN 'FULL' WHEN i % 10 < 9 THEN 'ANONYMOUS' ELSE 'CHILD' END,
       (SELECT id FROM access.organisation ORDER BY name OFFSET (i % 5) LIMIT 1),
       NULL,
       (ARRAY ['POLICE', 'NGO_OUTREACH', 'MUNICIPALITY', 'HOTLINE'])[1 + i % 4],
       current_date - (i % 1095),
       (ARRAY ['Copenhagen', 'Aarhus', 'Odense', 'Aalborg'])[1 + i % 4],
       i % 8 = 0,
       CASE WHEN i % 10 < 6 OR i % 10 = 9 THEN (ARRAY ['Ioana', 'Blessing', 'Lan', 'Олена', 'Maria'])[1 + i % 5] END,
       CASE WHEN i % 10 < 6 OR i % 10 = 9 THEN 'Bench' || i END,
       CASE WHEN i % 10 < 6 OR i % 10 = 9 THEN 'YEAR' END,
       CASE WHEN i % 10 < 6 THEN 1980 + i % 20 WHEN i % 10 = 9 THEN extract(YEAR FROM current_date)::INT - 15 END,
       (ARRAY ['Feminine', 'Masculine', 'NonSpecifiedUnknown'])[1 + i % 3],
       CASE WHEN i % 10 BETWEEN 6 AND 8 THEN 'AGE_25_34' END,
       i % 10 < 6, FALSE, i % 10 < 6,
       now() - make_interval(days => i % 1095),
       now() - make_interval(days => i % 1095),
       NULL,
       i % 10 = 9
FROM generate_series(1, 100000) AS i;
ANALYZE intake.referral;
