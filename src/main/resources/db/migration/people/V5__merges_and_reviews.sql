-- One person, one record. A merge keeps both records: the absorbed one points at its survivor and stays as history,
-- and every module re-points its own references (PersonsMerged); an unmerge undoes exactly that.
ALTER TABLE person ADD COLUMN merged_into UUID REFERENCES person (id);
CREATE INDEX person_merged_into ON person (merged_into) WHERE merged_into IS NOT NULL;

CREATE TABLE person_merge
(
  id           UUID PRIMARY KEY,
  survivor_id  UUID                     NOT NULL REFERENCES person (id),
  absorbed_id  UUID                     NOT NULL REFERENCES person (id),
  reason       TEXT,
  merged_by    UUID                     NOT NULL,
  merged_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  unmerged_by  UUID,
  unmerged_at  TIMESTAMP WITH TIME ZONE,
  CHECK (survivor_id <> absorbed_id)
);
-- a record is absorbed by at most one merge in force
CREATE UNIQUE INDEX person_merge_in_force ON person_merge (absorbed_id) WHERE unmerged_at IS NULL;
CREATE INDEX person_merge_newest ON person_merge (merged_at DESC);

-- Pairs the matcher found likely enough to ask a person about, and what the centre decided. A decided pair is
-- never proposed again; pairs judged the same teach the model (their agreement levels are kept, no names).
CREATE TABLE match_review
(
  id          UUID PRIMARY KEY,
  person_a    UUID                     NOT NULL REFERENCES person (id),
  person_b    UUID                     NOT NULL REFERENCES person (id),
  score       DOUBLE PRECISION         NOT NULL,
  levels      INT[]                    NOT NULL,
  status      TEXT                     NOT NULL,
  found_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  decided_by  UUID,
  decided_at  TIMESTAMP WITH TIME ZONE,
  merge_id    UUID REFERENCES person_merge (id),
  CHECK (person_a < person_b),
  UNIQUE (person_a, person_b)
);
CREATE INDEX match_review_open ON match_review (score DESC) WHERE status = 'OPEN';
CREATE INDEX match_review_b ON match_review (person_b);

-- Records registered or changed since the review scan last looked for their likely duplicates.
CREATE TABLE review_pending
(
  person_id UUID PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE
);
INSERT INTO review_pending (person_id) SELECT id FROM person;
