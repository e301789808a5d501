-- 5,000 joint actions over four years and the coming one, led in turn by the demo police
-- districts, the tax agency and the labour inspectorate, the centre invited to each; the past ones
-- recorded with persons met. Deterministic (setseed).
SELECT setseed(0.17);
WITH leads AS (
  SELECT array_agg(id ORDER BY name) AS ids FROM access.organisation
  WHERE type IN ('POLICE_DISTRICT', 'TAX_AGENCY', 'LABOUR_INSPECTORATE')
), centre AS (
  SELECT id FROM access.organisation WHERE type = 'NATIONAL_CENTRE' ORDER BY name LIMIT 1
), creator AS (
  SELECT id FROM access.user_account ORDER BY email LIMIT 1
), made AS (
  INSERT INTO operations.joint_action (id, title, lead, starts_at, ends_at, sector, site_type, municipality,
      address, briefing, status, record, persons_met, screenings, interviews, declined, created_by, created_at)
  SELECT gen_random_uuid(), 'Bench action ' || g,
         leads.ids[1 + (g % array_length(leads.ids, 1))],
         now() - interval '4 years' + (g * interval '8 hours 45 minutes'),
         now() - interval '4 years' + (g * interval '8 hours 45 minutes') + interval '6 hours',
         substr('AFGINLS', 1 + (g % 7), 1),
         (ARRAY['BUILDING_SITE','CAR_WASH','FARM','CLEANING_COMPANY','MASSAGE_PARLOUR','RESTAURANT','HOUSING'])[1 + (g % 7)],
         (ARRAY['Copenhagen','Aarhus','Odense','Aalborg','Esbjerg'])[1 + (g % 5)],
         'Bench Street ' || g, '{ROLES_AGREED}',
         CASE WHEN g < 4200 THEN 'HELD' ELSE 'PLANNED' END,
         CASE WHEN g < 4200 THEN '{"met":[{"sex":"MALE","ageBand":"AGE_25_34","citizenship":"RO","people":6}],"screenings":[],"interviews":1,"declined":0,"findings":[],"followUps":[]}'::jsonb END,
         CASE WHEN g < 4200 THEN 6 ELSE 0 END, 0, CASE WHEN g < 4200 THEN 1 ELSE 0 END, 0,
         creator.id, now()
  FROM generate_series(1, 5000) g, leads, creator
  RETURNING id
)
INSERT INTO operations.joint_action_organisation (action_id, organisation)
SELECT made.id, centre.id FROM made, centre;
VACUUM ANALYZE operations.joint_action;
VACUUM ANALYZE operations.joint_action_organisation;
-- One held action with 60 persons met, eight screenings and findings, for the after-action report.
UPDATE operations.joint_action SET title = 'Bench report action', persons_met = 60, screenings = 8,
  record = '{"met":[{"sex":"MALE","ageBand":"AGE_25_34","citizenship":"RO","people":20},{"sex":"MALE","ageBand":"AGE_18_24","citizenship":"BG","people":15},{"sex":"FEMALE","ageBand":"AGE_25_34","citizenship":"UA","people":10},{"sex":"MALE","ageBand":"AGE_35_44","citizenship":"PL","people":10},{"sex":"FEMALE","ageBand":"AGE_18_24","citizenship":"VN","people":5}],"screenings":[{"indicators":[]},{"indicators":[]},{"indicators":[]},{"indicators":[]},{"indicators":[]},{"indicators":[]},{"indicators":[]},{"indicators":[]}],"interviews":6,"declined":2,"findings":[],"followUps":[]}'::jsonb
WHERE title = 'Bench action 4000';
VACUUM ANALYZE operations.joint_action;
