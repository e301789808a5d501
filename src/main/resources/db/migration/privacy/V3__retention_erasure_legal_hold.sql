-- A legal hold keeps a person's data from erasure while an investigation, a complaint or a court order needs it. It is
-- placed with a reason by the centre and lifted with one; both are kept.
CREATE TABLE legal_hold (
  id          UUID PRIMARY KEY,
  person_id   UUID        NOT NULL,
  reference   TEXT        NOT NULL,
  reason      TEXT        NOT NULL CHECK (length(btrim(reason)) > 0),
  placed_by   UUID        NOT NULL,
  placed_at   TIMESTAMPTZ NOT NULL,
  lifted_by   UUID,
  lifted_at   TIMESTAMPTZ,
  lift_reason TEXT,
  CHECK ((lifted_by IS NULL) = (lifted_at IS NULL))
);
CREATE INDEX legal_hold_in_force ON legal_hold (person_id) WHERE lifted_at IS NULL;

-- The right to erasure: asked for by one person of the centre, carried out only when a second one approves.
CREATE TABLE erasure_request (
  id           UUID PRIMARY KEY,
  person_id    UUID        NOT NULL,
  reference    TEXT        NOT NULL,
  reason       TEXT        NOT NULL CHECK (length(btrim(reason)) > 0),
  requested_by UUID        NOT NULL,
  requested_at TIMESTAMPTZ NOT NULL,
  decided_by   UUID,
  decided_at   TIMESTAMPTZ,
  outcome      TEXT CHECK (outcome IN ('ERASED', 'REFUSED')),
  CHECK (decided_by IS NULL OR decided_by <> requested_by)
);
CREATE INDEX erasure_request_open ON erasure_request (requested_at) WHERE decided_at IS NULL;

-- Every person record erased: the proof that it was done, and on time. Ids and dates only. The record erased is
-- history, not a reference to a person in force, so it does not follow a later merge (people.PersonColumn).
CREATE TABLE erasure (
  erased_person UUID PRIMARY KEY,
  erased_at TIMESTAMPTZ NOT NULL,
  basis     TEXT        NOT NULL CHECK (basis IN ('RETENTION', 'REQUEST')),
  due_on    DATE,
  run_id    UUID,
  request   UUID
);

-- Each run of the retention schedule and what it did.
CREATE TABLE erasure_run (
  id            UUID PRIMARY KEY,
  started_at    TIMESTAMPTZ NOT NULL,
  finished_at   TIMESTAMPTZ,
  persons       INT         NOT NULL DEFAULT 0,
  notifications INT         NOT NULL DEFAULT 0,
  calls         INT         NOT NULL DEFAULT 0,
  held          INT         NOT NULL DEFAULT 0,
  failure       TEXT
);
CREATE INDEX erasure_run_newest ON erasure_run (started_at DESC);
