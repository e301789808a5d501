-- API writes that carry an Idempotency-Key: the first answer is kept for 24 hours and replayed for a retry.
CREATE TABLE idempotent_request
(
  actor        TEXT                     NOT NULL,
  key          TEXT                     NOT NULL,
  request_hash TEXT                     NOT NULL,
  status       INT,
  location     TEXT,
  body         TEXT,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (actor, key)
);
CREATE INDEX idempotent_request_by_age ON idempotent_request (created_at);
GRANT SELECT, INSERT, UPDATE, DELETE ON idempotent_request TO "${appRole}";
