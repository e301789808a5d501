-- The exact birth date is now a matching key of its own ("b:" and the ISO date; none for 1 January or 1 July, the days
-- registers write when only the year is known). Records that already have keys get it here, with the dates of the
-- records merged into them, as their keys would be written today; records without keys get all of theirs from the
-- start-up backfill.
WITH RECURSIVE member (survivor, id) AS (
    SELECT p.id, p.id FROM person p
    WHERE p.merged_into IS NULL AND p.erased_at IS NULL
      AND EXISTS (SELECT 1 FROM match_key k WHERE k.person_id = p.id)
    UNION
    SELECT m.survivor, p.id FROM person p JOIN member m ON p.merged_into = m.id
)
INSERT INTO match_key (key, person_id)
SELECT DISTINCT 'b:' || to_char(p.birth_date, 'YYYY-MM-DD'), m.survivor
FROM member m JOIN person p ON p.id = m.id
WHERE p.birth_date IS NOT NULL AND p.erased_at IS NULL
  AND to_char(p.birth_date, 'MM-DD') NOT IN ('01-01', '07-01')
ON CONFLICT DO NOTHING;
