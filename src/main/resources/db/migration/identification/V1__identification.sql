-- Identification: one process per accepted referral, its interviews, the competent authority's decisions (with their
-- history) and the reflection or restitution period with its extensions.

CREATE TABLE identification
(
  id                 UUID PRIMARY KEY,
  version            BIGINT                   NOT NULL,
  referral_id        UUID                     NOT NULL UNIQUE,
  person_id          UUID                     NOT NULL,
  status             TEXT                     NOT NULL,
  assigned_to        UUID,
  residence_status   TEXT                     NOT NULL,
  minor              BOOLEAN                  NOT NULL,
  referral_date      DATE                     NOT NULL,
  opened_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  -- the reflection (no legal residence) or restitution (legal residence) period, once a positive decision opens it
  period_type        TEXT,
  period_start       DATE,
  period_days        INT,
  period_ended_on    DATE,
  period_end_reason  TEXT,
  period_warned_days INT
);

CREATE INDEX identification_person ON identification (person_id);
CREATE INDEX identification_assigned ON identification (assigned_to, status);
CREATE INDEX identification_period_open ON identification (period_start) WHERE period_start IS NOT NULL AND period_ended_on IS NULL;

CREATE TABLE interview
(
  identification_id      UUID    NOT NULL REFERENCES identification (id) ON DELETE CASCADE,
  position               INT     NOT NULL,
  interview_id           UUID    NOT NULL UNIQUE,
  status                 TEXT    NOT NULL,
  scheduled_at           TIMESTAMP WITH TIME ZONE,
  held_on                DATE,
  conductor              TEXT    NOT NULL,
  organisation           UUID    NOT NULL,
  interviewer            UUID,
  place_type             TEXT    NOT NULL,
  municipality           TEXT,
  interpreter_language   TEXT,
  companion_present      BOOLEAN NOT NULL,
  representative_present BOOLEAN NOT NULL,
  indicators             TEXT    NOT NULL DEFAULT '',
  notes                  TEXT,
  recorded_by            UUID    NOT NULL,
  PRIMARY KEY (identification_id, position)
);

CREATE INDEX interview_scheduled ON interview (interviewer, scheduled_at) WHERE status = 'SCHEDULED';
CREATE INDEX interview_organisation ON interview (organisation);

CREATE TABLE decision
(
  identification_id UUID                     NOT NULL REFERENCES identification (id) ON DELETE CASCADE,
  position          INT                      NOT NULL,
  decision_id       UUID                     NOT NULL UNIQUE,
  outcome           TEXT                     NOT NULL,
  authority         TEXT                     NOT NULL,
  decided_on        DATE                     NOT NULL,
  forms             TEXT                     NOT NULL DEFAULT '',
  main_form         TEXT,
  exploitation_country TEXT,
  residence_status  TEXT                     NOT NULL,
  reasoning         TEXT,
  reconsideration_reason TEXT,
  recorded_by       UUID                     NOT NULL,
  recorded_for      UUID                     NOT NULL,
  on_behalf         BOOLEAN                  NOT NULL,
  recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (identification_id, position)
);

CREATE TABLE period_extension
(
  identification_id UUID                     NOT NULL REFERENCES identification (id) ON DELETE CASCADE,
  position          INT                      NOT NULL,
  days              INT                      NOT NULL CHECK (days > 0),
  ground            TEXT                     NOT NULL,
  reason            TEXT                     NOT NULL,
  approved_by       UUID                     NOT NULL,
  approved_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (identification_id, position)
);
