-- Person records: a possible victim, known to users by a pseudonymous reference, never by a database id.
CREATE TABLE person
(
  id                   UUID PRIMARY KEY,
  reference            TEXT                     NOT NULL UNIQUE,
  given_names          TEXT,
  family_name          TEXT,
  given_names_latin    TEXT,
  family_name_latin    TEXT,
  gender               TEXT                     NOT NULL,
  birth_precision      TEXT                     NOT NULL,
  birth_date           DATE,
  birth_year           INT,
  birth_estimate_basis TEXT,
  interpreter_needed   BOOLEAN                  NOT NULL,
  phone                TEXT,
  registered_by        UUID                     NOT NULL,
  registered_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  version              BIGINT                   NOT NULL,
  CONSTRAINT person_birth CHECK (
    (birth_precision = 'EXACT' AND birth_date IS NOT NULL)
      OR (birth_precision = 'YEAR' AND birth_year IS NOT NULL AND birth_date IS NULL)
      OR (birth_precision = 'ESTIMATED' AND birth_year IS NOT NULL)
      OR (birth_precision = 'UNKNOWN' AND birth_date IS NULL AND birth_year IS NULL))
);

-- Other names and aliases, each with its Latin form.
CREATE TABLE person_alias
(
  person_id UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  position  INT  NOT NULL,
  name      TEXT NOT NULL,
  latin     TEXT NOT NULL,
  PRIMARY KEY (person_id, position)
);

-- Citizenships in the order given: the first is the one statistics use.
CREATE TABLE person_citizenship
(
  person_id UUID    NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  position  INT     NOT NULL,
  country   CHAR(2) NOT NULL,
  PRIMARY KEY (person_id, position)
);

CREATE TABLE person_language
(
  person_id UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  position  INT  NOT NULL,
  language  TEXT NOT NULL,
  PRIMARY KEY (person_id, position)
);

-- Identity documents: sensitive, shown only on request and audited.
CREATE TABLE identity_document
(
  person_id       UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  position        INT  NOT NULL,
  type            TEXT NOT NULL,
  number          TEXT NOT NULL,
  issuing_country CHAR(2),
  valid_from      DATE,
  valid_until     DATE,
  PRIMARY KEY (person_id, position)
);

-- The safe address is classified: it is kept apart and read only through People.revealSafeAddress, audited.
CREATE TABLE safe_address
(
  person_id    UUID PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
  address      TEXT                     NOT NULL,
  recorded_by  UUID                     NOT NULL,
  recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
