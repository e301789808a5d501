-- Normalised Latin name keys (lower case, no accents, letters only) for the duplicate check at acceptance.
ALTER TABLE person ADD COLUMN family_name_key TEXT;
ALTER TABLE person ADD COLUMN given_names_key TEXT;
CREATE INDEX person_by_family_name_key ON person (family_name_key);
CREATE INDEX person_by_given_names_key ON person (given_names_key);
