-- Prepared repatriations and voluntary return programmes: the offer and the person's answer, the individual
-- reintegration plan with support items, departure, the reintegration period with follow-up reports, and the outcome.
CREATE TABLE repatriation
(
  id                      UUID PRIMARY KEY,
  version                 BIGINT                   NOT NULL,
  person_id               UUID                     NOT NULL,
  programme               TEXT                     NOT NULL,
  status                  TEXT                     NOT NULL,
  offered_on              DATE                     NOT NULL,
  answered_on             DATE,
  decline_reason          TEXT,
  destination_country     TEXT,
  destination_place       TEXT,
  partner                 UUID,
  planned_departure       DATE,
  actual_departure        DATE,
  travel                  TEXT,
  plan_agreed_on          DATE,
  reintegration_months    INT                      NOT NULL,
  reintegration_ends_on   DATE,
  outcome                 TEXT,
  outcome_note            TEXT,
  created_by              UUID                     NOT NULL,
  created_at              TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX repatriation_person ON repatriation (person_id);
CREATE INDEX repatriation_status ON repatriation (status, planned_departure);

CREATE TABLE support_item
(
  repatriation_id UUID           NOT NULL REFERENCES repatriation (id) ON DELETE CASCADE,
  position        INT            NOT NULL,
  type            TEXT           NOT NULL,
  amount          NUMERIC(12, 2) NOT NULL CHECK (amount >= 0),
  currency        CHAR(3)        NOT NULL,
  months          INT            NOT NULL CHECK (months BETWEEN 1 AND 24),
  note            TEXT,
  PRIMARY KEY (repatriation_id, position)
);

CREATE TABLE follow_up
(
  repatriation_id UUID                     NOT NULL REFERENCES repatriation (id) ON DELETE CASCADE,
  position        INT                      NOT NULL,
  reported_on     DATE                     NOT NULL,
  status          TEXT                     NOT NULL,
  note            TEXT,
  safe            BOOLEAN                  NOT NULL,
  reachable       BOOLEAN                  NOT NULL,
  recorded_by     UUID                     NOT NULL,
  recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (repatriation_id, position)
);
