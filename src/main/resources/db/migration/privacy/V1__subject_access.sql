-- A person's request to see what Haven holds about her: recorded by the centre, approved by a second person,
-- released (JSON and PDF, each once) to the requester within 24 hours. Nothing of the content is stored here.
CREATE TABLE subject_access (
  id                 UUID PRIMARY KEY,
  person_id          UUID NOT NULL,
  reference          TEXT NOT NULL,
  language           TEXT NOT NULL,
  received_on        DATE NOT NULL,
  note               TEXT,
  requested_by       UUID NOT NULL,
  requested_at       TIMESTAMPTZ NOT NULL,
  approved_by        UUID,
  approved_at        TIMESTAMPTZ,
  expires_at         TIMESTAMPTZ,
  json_released_at   TIMESTAMPTZ,
  pdf_released_at    TIMESTAMPTZ,
  CHECK (approved_by IS NULL OR approved_by <> requested_by)
);
CREATE INDEX subject_access_person ON subject_access (person_id);
