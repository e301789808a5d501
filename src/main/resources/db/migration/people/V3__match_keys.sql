-- Blocking keys for matching a person against every known one (people.matching): phonetic skeletons of name words in
-- any romanisation, paired family × given, and each name word with the birth year. Written with the record.
CREATE TABLE match_key
(
  key       TEXT NOT NULL,
  person_id UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  PRIMARY KEY (key, person_id)
);
CREATE INDEX match_key_by_person ON match_key (person_id);
