-- Erasure and the retention schedule find a person's cases, merged ones included.
CREATE INDEX case_file_by_person ON case_file (person_id);
