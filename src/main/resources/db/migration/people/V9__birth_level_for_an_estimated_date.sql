-- The matcher's birth-date comparison has a level of its own for a placeholder date (1 January or 1 July of an
-- estimated year) within two years of the other date (Comparison level 5); the levels after it move down by one.
-- Reviewed pairs keep their agreement levels (they refine the model's m probabilities), so those stored are
-- renumbered: birth is the third field.
UPDATE match_review
SET levels[3] = levels[3] + 1
WHERE cardinality(levels) >= 3
  AND levels[3] >= 5;
