-- Whether the referral concerns a child (the child path, or under 18 at the encounter), kept with the row so that the
-- "children only" filter reads an index instead of computing ages row by row.
ALTER TABLE referral ADD COLUMN minor BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE referral SET minor = (path = 'CHILD'
  OR (birth_date IS NOT NULL AND encounter_date IS NOT NULL AND birth_date > encounter_date - INTERVAL '18 years')
  OR (birth_date IS NULL AND birth_year IS NOT NULL AND encounter_date IS NOT NULL
      AND make_date(birth_year, 7, 1) > encounter_date - INTERVAL '18 years'));
CREATE INDEX referral_minors_by_list_order ON referral ((coalesce(submitted_at, created_at)) DESC, id) WHERE minor;
