-- What a merge of two person records moved here (people.PersonColumn), so an unmerge moves back exactly that.
CREATE TABLE person_repointed
(
  merge_id UUID NOT NULL,
  tbl      TEXT NOT NULL,
  row_key  TEXT NOT NULL,
  PRIMARY KEY (merge_id, tbl, row_key)
);
