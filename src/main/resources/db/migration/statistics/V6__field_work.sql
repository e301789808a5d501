-- The authorities' field work, projected like the other stages (ids, codes, dates and counts only): joint actions
-- held with their counts, the referrals made on them (with the person once a referral is accepted, to count the
-- victims later identified), and the criminal cases beside victims' cases with their charges, indictment and
-- conviction.
CREATE TABLE joint_action
(
  action_id   UUID PRIMARY KEY,
  held_on     DATE NOT NULL,
  held_year   INT  NOT NULL,
  lead_type   TEXT NOT NULL,
  sector      TEXT NOT NULL,
  persons_met INT  NOT NULL,
  screenings  INT  NOT NULL,
  interviews  INT  NOT NULL,
  declined    INT  NOT NULL
);
CREATE INDEX joint_action_by_year ON joint_action (held_year);

CREATE TABLE joint_action_referral
(
  referral_id UUID PRIMARY KEY,
  action_id   UUID NOT NULL,
  held_year   INT  NOT NULL,
  person_id   UUID
);
CREATE INDEX joint_action_referral_by_year ON joint_action_referral (held_year);
CREATE INDEX joint_action_referral_person ON joint_action_referral (person_id);

CREATE TABLE criminal_case
(
  case_id      UUID PRIMARY KEY,
  linked_on    DATE NOT NULL,
  form         TEXT NOT NULL,
  indicted_on  DATE,
  convicted_on DATE,
  convicted    INT  NOT NULL DEFAULT 0,
  suspects     INT  NOT NULL DEFAULT 0
);

CREATE TABLE criminal_charge
(
  case_id    UUID NOT NULL,
  charged_on DATE NOT NULL,
  suspects   INT  NOT NULL,
  PRIMARY KEY (case_id, charged_on)
);

CREATE TRIGGER joint_action_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON joint_action
  FOR EACH STATEMENT EXECUTE FUNCTION projection_changed();
CREATE TRIGGER joint_action_referral_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON joint_action_referral
  FOR EACH STATEMENT EXECUTE FUNCTION projection_changed();
CREATE TRIGGER criminal_case_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON criminal_case
  FOR EACH STATEMENT EXECUTE FUNCTION projection_changed();
CREATE TRIGGER criminal_charge_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON criminal_charge
  FOR EACH STATEMENT EXECUTE FUNCTION projection_changed();
