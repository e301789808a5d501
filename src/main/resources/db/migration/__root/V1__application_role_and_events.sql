-- The role every application connection switches to (SET ROLE). It may read and write module tables; the audit
-- migrations take away its right to change audit rows. Flyway itself runs as the login role, which owns everything.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${appRole}') THEN
    EXECUTE format('CREATE ROLE %I NOLOGIN', '${appRole}');
  END IF;
  IF NOT pg_has_role(current_user, '${appRole}', 'MEMBER') THEN
    EXECUTE format('GRANT %I TO %I', '${appRole}', current_user);
  END IF;
END
$$;

ALTER DEFAULT PRIVILEGES GRANT USAGE ON SCHEMAS TO "${appRole}";
ALTER DEFAULT PRIVILEGES GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "${appRole}";
ALTER DEFAULT PRIVILEGES GRANT USAGE, SELECT ON SEQUENCES TO "${appRole}";
GRANT USAGE ON SCHEMA public TO "${appRole}";

-- Spring Modulith's event publication registry (schema v2), so no event is lost on a crash.
CREATE TABLE event_publication
(
  id                     UUID NOT NULL PRIMARY KEY,
  listener_id            TEXT NOT NULL,
  event_type             TEXT NOT NULL,
  serialized_event       TEXT NOT NULL,
  publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
  completion_date        TIMESTAMP WITH TIME ZONE,
  status                 TEXT,
  completion_attempts    INT,
  last_resubmission_date TIMESTAMP WITH TIME ZONE
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
GRANT SELECT, INSERT, UPDATE, DELETE ON event_publication TO "${appRole}";

-- What kind of installation this database is: set once, by the first run or by the demo generator.
CREATE TABLE installation
(
  id         INT PRIMARY KEY CHECK (id = 1),
  mode       TEXT NOT NULL CHECK (mode IN ('PRODUCTION', 'DEMO')),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
GRANT SELECT, INSERT ON installation TO "${appRole}";
