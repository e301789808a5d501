-- A large action plan for bench/funding.sh: 50 initiatives, 2,000 grants (40 each, to the demo's
-- organisations in turn), 20,000 disbursements (10 a grant, never more than granted) and 4,000
-- reporting duties, some of them overdue. Deterministic: ids and amounts come from the row numbers.
BEGIN;
INSERT INTO funding.action_plan (id, name, starts_on, ends_on, budget, currency, source, created_by, created_at)
VALUES ('b0000000-0000-0000-0000-000000000001', 'Bench action plan 2023–2026', '2023-01-01', '2026-12-31',
        9000000000.00, 'DKK', 'bench', '00000000-0000-0000-0000-000000000000', now());

INSERT INTO funding.initiative (id, plan_id, name, goal, theme, responsible, status, created_at)
SELECT ('b1000000-0000-0000-0000-' || lpad(i::text, 12, '0'))::uuid,
       'b0000000-0000-0000-0000-000000000001', 'Bench initiative ' || lpad(i::text, 2, '0'), 'A goal',
       (ARRAY['OUTREACH','SHELTERS','SUPPORT','REPATRIATION','TRAINING','KNOWLEDGE','JOINT_ACTIONS','COORDINATION'])[1 + i % 8],
       (SELECT id FROM access.organisation ORDER BY name OFFSET (i % 5) LIMIT 1), 'RUNNING', now()
FROM generate_series(1, 50) AS i;

INSERT INTO funding.initiative_status (initiative_id, seq, status, changed_on, note, changed_by)
SELECT id, 1, 'RUNNING', '2023-01-02', NULL, '00000000-0000-0000-0000-000000000000'
FROM funding.initiative WHERE plan_id = 'b0000000-0000-0000-0000-000000000001';

INSERT INTO funding.initiative_budget (initiative_id, year, amount)
SELECT i.id, y, 40000000.00
FROM funding.initiative i, generate_series(2023, 2026) AS y
WHERE i.plan_id = 'b0000000-0000-0000-0000-000000000001';

INSERT INTO funding.indicator (id, initiative_id, name, unit, measure, position)
SELECT ('b2000000-0000-0000-0000-' || lpad(n::text, 12, '0'))::uuid,
       ('b1000000-0000-0000-0000-' || lpad(n::text, 12, '0'))::uuid, 'Outreach contacts', 'contacts', 'NONE', 0
FROM generate_series(1, 50) AS n;

INSERT INTO funding.grant_award (id, initiative_id, organisation, requested, currency, period_from, period_to,
                                 purpose, status, granted, decided_on, decided_by, applied_by, applied_at)
SELECT ('b3000000-0000-0000-0000-' || lpad(g::text, 12, '0'))::uuid,
       ('b1000000-0000-0000-0000-' || lpad((1 + g % 50)::text, 12, '0'))::uuid,
       (SELECT id FROM access.organisation ORDER BY name OFFSET (g % 7) LIMIT 1),
       400000.00 + (g % 97) * 1000.25, 'DKK', make_date(2023 + g % 4, 1, 1), make_date(2023 + g % 4, 12, 31),
       'Bench grant', CASE WHEN g % 5 = 0 THEN 'PARTLY_GRANTED' ELSE 'GRANTED' END,
       CASE WHEN g % 5 = 0 THEN 300000.00 ELSE 400000.00 + (g % 97) * 1000.25 END,
       make_date(2023 + g % 4, 2, 1), '00000000-0000-0000-0000-000000000000',
       '00000000-0000-0000-0000-000000000000', make_date(2023 + g % 4, 1, 10)::timestamptz
FROM generate_series(1, 2000) AS g;

INSERT INTO funding.grant_payment (id, grant_id, kind, paid_on, amount, note, recorded_by, recorded_at)
SELECT gen_random_uuid(), ('b3000000-0000-0000-0000-' || lpad(g::text, 12, '0'))::uuid,
       CASE WHEN p = 10 THEN 'REPAYMENT' ELSE 'PAYMENT' END,
       make_date(2023 + g % 4, 2 + p, 15), CASE WHEN p = 10 THEN 1234.56 ELSE 25000.10 END, NULL,
       '00000000-0000-0000-0000-000000000000', now()
FROM generate_series(1, 2000) AS g, generate_series(1, 10) AS p;

INSERT INTO funding.reporting_duty (id, grant_id, kind, due_on, status, submitted_on, spent, figures)
SELECT gen_random_uuid(), ('b3000000-0000-0000-0000-' || lpad(g::text, 12, '0'))::uuid,
       CASE WHEN k = 1 THEN 'ACTIVITY_REPORT' ELSE 'ACCOUNTS' END,
       make_date(2024 + g % 4, 3, 31) - (k * 30),
       CASE WHEN g % 9 = 0 THEN 'DUE' ELSE 'ACCEPTED' END,
       CASE WHEN g % 9 = 0 THEN NULL ELSE make_date(2024 + g % 4, 3, 1) END,
       CASE WHEN g % 9 = 0 THEN NULL ELSE 200000.00 END,
       CASE WHEN g % 9 = 0 THEN NULL ELSE E'Outreach contacts=' || (100 + g % 50) || E'\n' END
FROM generate_series(1, 2000) AS g, generate_series(1, 2) AS k;
COMMIT;
VACUUM ANALYZE funding.initiative, funding.grant_award, funding.grant_payment, funding.reporting_duty,
               funding.initiative_budget, funding.indicator, funding.initiative_status;
