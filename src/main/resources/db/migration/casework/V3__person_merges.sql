-- What a merge of two person records moved here (people.PersonColumn), so an unmerge moves back exactly that.
CREATE TABLE person_repointed
(
  merge_id UUID NOT NULL,
  tbl      TEXT NOT NULL,
  row_key  TEXT NOT NULL,
  PRIMARY KEY (merge_id, tbl, row_key)
);

-- One case per person, except that when two records of one person each had a case, the absorbed record's case is
-- kept, whole, as part of the survivor's: it points at the survivor's case and no longer counts as the person's case.
ALTER TABLE case_file ADD COLUMN merged_into UUID REFERENCES case_file (id);
ALTER TABLE case_file DROP CONSTRAINT case_file_person_id_key;
CREATE UNIQUE INDEX case_file_person ON case_file (person_id) WHERE merged_into IS NULL;
