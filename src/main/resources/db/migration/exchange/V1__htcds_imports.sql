-- HTCDS imports: the delivered file (kept until the import ends), its progress, the rejected rows' reasons, and which
-- of Haven's records each external id became, so a later delivery updates instead of duplicating.

CREATE TABLE import_job
(
  id            UUID PRIMARY KEY,
  organisation  UUID                     NOT NULL,
  imported_by   UUID                     NOT NULL,
  status        TEXT                     NOT NULL,
  content       BYTEA,
  rows_total    INT                      NOT NULL,
  rows_imported INT                      NOT NULL DEFAULT 0,
  rows_rejected INT                      NOT NULL DEFAULT 0,
  next_row      INT                      NOT NULL DEFAULT 0,
  warnings      TEXT[]                   NOT NULL DEFAULT '{}',
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  heartbeat     TIMESTAMP WITH TIME ZONE,
  finished_at   TIMESTAMP WITH TIME ZONE,
  CONSTRAINT import_job_status CHECK (status IN ('queued', 'running', 'completed', 'failed'))
);
CREATE INDEX import_job_open ON import_job (created_at) WHERE status IN ('queued', 'running');

-- Reasons are message keys with arguments (never a cell's value), resolved in the reader's language.
CREATE TABLE import_error
(
  job_id      UUID   NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
  seq         SERIAL NOT NULL,
  row_number  INT    NOT NULL,
  column_name TEXT,
  message_key TEXT   NOT NULL,
  arguments   TEXT[] NOT NULL DEFAULT '{}',
  PRIMARY KEY (job_id, seq)
);

CREATE TABLE external_record
(
  organisation      UUID NOT NULL,
  external_id       TEXT NOT NULL,
  person_id         UUID NOT NULL,
  referral_id       UUID NOT NULL,
  identification_id UUID NOT NULL,
  repatriation_id   UUID,
  content_hash      TEXT NOT NULL,
  last_job          UUID NOT NULL,
  PRIMARY KEY (organisation, external_id)
);
