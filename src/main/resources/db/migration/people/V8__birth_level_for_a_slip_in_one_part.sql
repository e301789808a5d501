-- The matcher's birth-date comparison has a level of its own for the same year with a slip in the day or the month
-- (Comparison level 3); the levels after it move down by one. Reviewed pairs keep their agreement levels (they refine
-- the model's m probabilities), so those stored are renumbered: birth is the third field. Pairs stored at the old
-- level 1 (a swap, a slip in one part, or a year off on the same day) stay at 1.
UPDATE match_review
SET levels[3] = levels[3] + 1
WHERE cardinality(levels) >= 3
  AND levels[3] >= 3;
