-- Referrals of possible victims to the national centre, the indicator catalogue, and the hotline log.

-- The indicator catalogue is data: codes in groups, with text in every interface language. Administrators extend it.
CREATE TABLE indicator_group
(
  code     TEXT PRIMARY KEY,
  position INT NOT NULL
);

CREATE TABLE indicator
(
  code       TEXT PRIMARY KEY,
  group_code TEXT    NOT NULL REFERENCES indicator_group (code),
  position   INT     NOT NULL,
  active     BOOLEAN NOT NULL DEFAULT TRUE
);

CREATE TABLE indicator_text
(
  code     TEXT NOT NULL,
  language TEXT NOT NULL CHECK (language IN ('en', 'da', 'sv')),
  label    TEXT NOT NULL,
  help     TEXT,
  PRIMARY KEY (code, language)
);

CREATE TABLE referral
(
  id                          UUID PRIMARY KEY,
  version                     BIGINT                   NOT NULL,
  status                      TEXT                     NOT NULL,
  path                        TEXT                     NOT NULL,
  source_organisation         UUID                     NOT NULL,
  source_user                 UUID,
  channel                     TEXT,
  encounter_date              DATE,
  encounter_place             TEXT,
  immediate_danger            BOOLEAN                  NOT NULL,
  interpreter_language        TEXT,
  account                     TEXT,
  forced_labour_industry      TEXT,
  -- identity: only for a full referral (consent) or a child; an anonymous notification has none of these
  given_names                 TEXT,
  family_name                 TEXT,
  other_names                 TEXT,
  phone                       TEXT,
  birth_precision             TEXT,
  birth_date                  DATE,
  birth_year                  INT,
  birth_estimate_basis        TEXT,
  -- what every path keeps, to count and understand the case
  gender                      TEXT                     NOT NULL,
  age_band                    TEXT,
  consent_to_referral         BOOLEAN                  NOT NULL,
  consent_to_police           BOOLEAN                  NOT NULL,
  consent_to_contact          BOOLEAN                  NOT NULL,
  consent_recorded_by         UUID,
  consent_recorded_at         TIMESTAMP WITH TIME ZONE,
  child_services_municipality TEXT,
  child_services_informed_by  TEXT,
  child_services_informed_at  TIMESTAMP WITH TIME ZONE,
  created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
  draft_expires_at            TIMESTAMP WITH TIME ZONE,
  expiry_warned               BOOLEAN                  NOT NULL DEFAULT FALSE,
  submitted_at                TIMESTAMP WITH TIME ZONE,
  decided_at                  TIMESTAMP WITH TIME ZONE,
  decided_by                  UUID,
  decline_reason              TEXT,
  person_id                   UUID,
  withdrawn_at                TIMESTAMP WITH TIME ZONE,
  CONSTRAINT anonymous_has_no_identity CHECK (
    path <> 'ANONYMOUS' OR (given_names IS NULL AND family_name IS NULL AND other_names IS NULL AND phone IS NULL
                            AND birth_date IS NULL AND account IS NULL))
);
-- The centre's list: submitted referrals, newest first; a sender's list: its own.
CREATE INDEX referral_by_status ON referral (status, submitted_at DESC);
CREATE INDEX referral_by_source ON referral (source_organisation, created_at DESC);
-- The draft clean-up job.
CREATE INDEX referral_drafts_by_expiry ON referral (draft_expires_at) WHERE status = 'DRAFT';

CREATE TABLE referral_exploitation
(
  referral_id UUID NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
  position    INT  NOT NULL,
  form        TEXT NOT NULL,
  PRIMARY KEY (referral_id, position)
);

CREATE TABLE referral_indicator
(
  referral_id UUID NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
  position    INT  NOT NULL,
  code        TEXT NOT NULL REFERENCES indicator (code),
  PRIMARY KEY (referral_id, position)
);

CREATE TABLE referral_citizenship
(
  referral_id UUID    NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
  position    INT     NOT NULL,
  country     CHAR(2) NOT NULL,
  PRIMARY KEY (referral_id, position)
);

CREATE TABLE hotline_call
(
  id           UUID PRIMARY KEY,
  received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  caller_type  TEXT                     NOT NULL,
  topic        TEXT                     NOT NULL,
  outcome      TEXT,
  referral_id  UUID REFERENCES referral (id),
  logged_by    UUID                     NOT NULL,
  organisation UUID                     NOT NULL,
  logged_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX hotline_call_by_time ON hotline_call (received_at DESC);
