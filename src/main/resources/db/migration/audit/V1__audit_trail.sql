-- The append-only, hash-chained audit trail. Each row carries the hash of its predecessor and its own hash, so a
-- changed, removed or inserted row breaks the chain at that point (see AuditChain).
CREATE TABLE audit_event
(
  id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  actor         TEXT                     NOT NULL,
  organisation  UUID,
  action        TEXT                     NOT NULL,
  resource_type TEXT,
  resource_id   TEXT,
  outcome       TEXT                     NOT NULL,
  purpose       TEXT,
  request_id    TEXT,
  previous_hash TEXT                     NOT NULL,
  hash          TEXT                     NOT NULL
);

-- The auditor's search: by actor, by organisation, by resource, newest first within a time range.
CREATE INDEX audit_event_by_actor ON audit_event (actor, occurred_at DESC);
CREATE INDEX audit_event_by_organisation ON audit_event (organisation, occurred_at DESC);
CREATE INDEX audit_event_by_resource ON audit_event (resource_type, resource_id, occurred_at DESC);
CREATE INDEX audit_event_by_time ON audit_event (occurred_at DESC);

-- The application may add and read audit rows, never change or remove them.
REVOKE ALL ON audit_event FROM "${appRole}";
GRANT SELECT, INSERT ON audit_event TO "${appRole}";
