-- The status report's other stages, projected like the decisions (ids, codes and dates only): referrals as sent,
-- periods, repatriations, services given and stays in shelters; interviews now know the person, so persons examined
-- are counted once. Rows projected before this have no person: rebuild the statistics once after upgrading.
CREATE TABLE referral
(
  referral_id       UUID PRIMARY KEY,
  submitted_on      DATE    NOT NULL,
  submitted_year    INT     NOT NULL,
  channel           TEXT,
  organisation_type TEXT    NOT NULL,
  path              TEXT    NOT NULL,
  minor             BOOLEAN NOT NULL
);
CREATE INDEX referral_by_year ON referral (submitted_year);

ALTER TABLE interview ADD COLUMN person_id UUID;
ALTER TABLE interview ADD COLUMN minor BOOLEAN NOT NULL DEFAULT false;
CREATE INDEX interview_person ON interview (person_id);

CREATE TABLE period
(
  identification_id UUID PRIMARY KEY,
  person_id         UUID    NOT NULL,
  type              TEXT    NOT NULL,
  started_on        DATE    NOT NULL,
  started_year      INT     NOT NULL,
  days              INT     NOT NULL,
  extensions        INT     NOT NULL,
  ended_on          DATE,
  ended_year        INT,
  end_reason        TEXT,
  minor             BOOLEAN NOT NULL
);
CREATE INDEX period_started ON period (started_year);
CREATE INDEX period_ended ON period (ended_year);
CREATE INDEX period_person ON period (person_id);

CREATE TABLE repatriation
(
  repatriation_id UUID PRIMARY KEY,
  person_id       UUID    NOT NULL,
  status          TEXT    NOT NULL,
  offered_year    INT     NOT NULL,
  answer          TEXT,
  answered_year   INT,
  departed_year   INT,
  country         CHAR(2),
  outcome         TEXT,
  outcome_year    INT,
  minor           BOOLEAN NOT NULL
);
CREATE INDEX repatriation_person ON repatriation (person_id);

CREATE TABLE service
(
  service_id     UUID PRIMARY KEY,
  person_id      UUID NOT NULL,
  type           TEXT NOT NULL,
  delivered_year INT  NOT NULL
);
CREATE INDEX service_by_year ON service (delivered_year, type);
CREATE INDEX service_person ON service (person_id);

CREATE TABLE placement
(
  placement_id UUID PRIMARY KEY,
  person_id    UUID NOT NULL,
  starts_on    DATE NOT NULL,
  ended_on     DATE
);
CREATE INDEX placement_person ON placement (person_id);

CREATE TRIGGER referral_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON referral
  FOR EACH STATEMENT EXECUTE FUNCTION projection_changed();
CREATE TRIGGER period_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON period
  FOR EACH STATEMENT EXECUTE FUNCTION projection_changed();
CREATE TRIGGER repatriation_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON repatriation
  FOR EACH STATEMENT EXECUTE FUNCTION projection_changed();
CREATE TRIGGER service_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON service
  FOR EACH STATEMENT EXECUTE FUNCTION projection_changed();
CREATE TRIGGER placement_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON placement
  FOR EACH STATEMENT EXECUTE FUNCTION projection_changed();
