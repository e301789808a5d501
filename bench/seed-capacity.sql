-- 1,000 shelters (women's and men's places, 5 to 14 each) and 1,000,000 placements over three years (stays of 10 to
-- 29 days; those over are ended, the current ones open with a planned end), for the capacity benchmark.
INSERT INTO accommodation.shelter (id, version, name, operator, municipality, address, approved, active, created_at)
SELECT md5('shelter' || i)::uuid, 0, 'Bench shelter ' || i,
       (SELECT id FROM access.organisation WHERE type = 'SHELTER_OPERATOR' ORDER BY name LIMIT 1),
       'Town ' || (i % 98), 'Secret ' || i, TRUE, TRUE, now()
FROM generate_series(1, 1000) AS i;

INSERT INTO accommodation.shelter_places (shelter_id, target_group, places)
SELECT md5('shelter' || i)::uuid, g, 5 + i % 10
FROM generate_series(1, 1000) AS i, unnest(ARRAY ['WOMEN', 'MEN']) AS g;

INSERT INTO accommodation.placement (id, version, person_id, shelter_id, target_group, starts_on, planned_to, ended_on,
                                     end_reason, created_by, created_at)
SELECT md5('placement' || n)::uuid, 0, md5('person' || n)::uuid, md5('shelter' || (1 + n % 1000))::uuid,
       CASE WHEN n % 2 = 0 THEN 'WOMEN' ELSE 'MEN' END,
       current_date - (n / 1000 % 1095),
       current_date - (n / 1000 % 1095) + 10 + n % 20,
       CASE WHEN current_date - (n / 1000 % 1095) + 10 + n % 20 < current_date
            THEN current_date - (n / 1000 % 1095) + 10 + n % 20 END,
       CASE WHEN current_date - (n / 1000 % 1095) + 10 + n % 20 < current_date THEN 'MOVED_ON' END,
       md5('colleague')::uuid, now()
FROM generate_series(1, 1000000) AS n;

ANALYZE accommodation.shelter;
ANALYZE accommodation.shelter_places;
ANALYZE accommodation.placement;
