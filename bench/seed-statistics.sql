-- 10,000,000 facts in the statistics projections: 1,000,000 victims (positive decisions) over 15 years, 1,000,000
-- other decisions, 3,000,000 interviews, 4,000,000 hotline calls, 1,000,000 returns. Distributions are skewed like a
-- real country's (most women, most sexual exploitation, a long tail of citizenships).
SET synchronous_commit = off;
INSERT INTO statistics.decision (decision_id, person_id, decided_on, decision_year, outcome, authority, sex, age,
                                 citizenship, main_form, forms, industries, recorded_at)
SELECT gen_random_uuid(), gen_random_uuid(), d, extract(year FROM d)::int,
       CASE WHEN g <= 1000000 THEN 'VICTIM' WHEN g % 2 = 0 THEN 'NOT_VICTIM' ELSE 'INCONCLUSIVE' END,
       (ARRAY ['NationalCentre', 'ImmigrationService', 'ImmigrationService', 'Other'])[(1 + g % 4)::int],
       (ARRAY ['female', 'female', 'female', 'male', 'male', 'female', 'transgenderOrOther', 'female', 'unknown', 'female'])[(1 + g % 10)::int],
       CASE WHEN g % 23 = 0 THEN NULL ELSE 15 + (g * 7919) % 45 END,
       (ARRAY ['RO', 'NG', 'TH', 'VN', 'UA', 'PH', 'AL', 'BG', 'CN', 'MA', 'LT', 'HU', 'BR', 'UG', 'XX'])[(1 + (g * 31) % 15)::int],
       (ARRAY ['SexualExploitation', 'SexualExploitation', 'ForcedLabour', 'ForcedCriminality', 'SexualExploitation',
               'Servitude', 'ForcedBegging', 'OtherExploitation', 'Undetermined', 'ForcedLabour'])[(1 + (g * 13) % 10)::int],
       ARRAY ['SexualExploitation'],
       CASE WHEN g % 5 = 2 THEN ARRAY ['F_Construction'] ELSE ARRAY []::text[] END,
       now()
FROM generate_series(1::bigint, 2000000) g,
     LATERAL (SELECT date '2011-01-01' + ((g * 104729) % 5475)::int AS d) x;

INSERT INTO statistics.interview (interview_id, held_on, held_year, conductor)
SELECT gen_random_uuid(), d, extract(year FROM d)::int, CASE WHEN g % 5 = 0 THEN 'NGO' ELSE 'CENTRE' END
FROM generate_series(1::bigint, 3000000) g, LATERAL (SELECT date '2011-01-01' + ((g * 7919) % 5475)::int AS d) x;

INSERT INTO statistics.hotline_call (call_id, received_on, received_year, caller_type)
SELECT gen_random_uuid(), d, extract(year FROM d)::int,
       (ARRAY ['Police', 'OtherAuthority', 'NGO', 'Citizen', 'PersonConcerned', 'Other'])[(1 + g % 6)::int]
FROM generate_series(1::bigint, 4000000) g, LATERAL (SELECT date '2011-01-01' + ((g * 6271) % 5475)::int AS d) x;

INSERT INTO statistics.return (repatriation_id, person_id, returned_on, returned_year, country)
SELECT gen_random_uuid(), gen_random_uuid(), d, extract(year FROM d)::int,
       (ARRAY ['RO', 'NG', 'TH', 'VN', 'UA', 'PH', 'AL', 'BG'])[(1 + g % 8)::int]
FROM generate_series(1::bigint, 1000000) g, LATERAL (SELECT date '2011-01-01' + ((g * 3571) % 5475)::int AS d) x;

ANALYZE statistics.decision;
ANALYZE statistics.interview;
ANALYZE statistics.hotline_call;
ANALYZE statistics.return;
