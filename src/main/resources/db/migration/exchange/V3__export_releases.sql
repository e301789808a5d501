-- A bulk export of person-level data is released by a second person: requested with a purpose, approved by another
-- administrator or centre caseworker, downloadable once by the requester within 24 hours of the approval.
CREATE TABLE export_release (
  id             UUID PRIMARY KEY,
  kind           TEXT NOT NULL CHECK (kind IN ('HTCDS')),
  year           INT,
  purpose        TEXT NOT NULL,
  requested_by   UUID NOT NULL,
  requested_at   TIMESTAMPTZ NOT NULL,
  approved_by    UUID,
  approved_at    TIMESTAMPTZ,
  expires_at     TIMESTAMPTZ,
  downloaded_at  TIMESTAMPTZ,
  CHECK (approved_by IS NULL OR approved_by <> requested_by)
);
CREATE INDEX export_release_open ON export_release (requested_at) WHERE downloaded_at IS NULL;
