-- Organisations that take part in the national effort, and the people and machine clients who use Haven.
CREATE TABLE organisation
(
  id         UUID PRIMARY KEY,
  name       TEXT                     NOT NULL,
  type       TEXT                     NOT NULL,
  country    CHAR(2)                  NOT NULL,
  region     TEXT,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  version    BIGINT                   NOT NULL
);
-- Two organisations may not share a name (case-insensitive): users pick them from lists.
CREATE UNIQUE INDEX organisation_by_name ON organisation (lower(name));

CREATE TABLE user_account
(
  id                       UUID PRIMARY KEY,
  email                    TEXT                     NOT NULL,
  display_name             TEXT                     NOT NULL,
  organisation_id          UUID                     NOT NULL REFERENCES organisation (id),
  language                 TEXT                     NOT NULL,
  enabled                  BOOLEAN                  NOT NULL,
  password_hash            TEXT,
  password_change_required BOOLEAN                  NOT NULL,
  totp_secret              TEXT,
  totp_pending_secret      TEXT,
  totp_last_step           BIGINT,
  sessions_valid_from      TIMESTAMP WITH TIME ZONE NOT NULL,
  created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
  version                  BIGINT                   NOT NULL
);
-- Sign-in looks a person up by email, case-insensitively; an email belongs to one account.
CREATE UNIQUE INDEX user_account_by_email ON user_account (lower(email));
CREATE INDEX user_account_by_organisation ON user_account (organisation_id);

CREATE TABLE user_role
(
  user_id UUID NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
  role    TEXT NOT NULL,
  PRIMARY KEY (user_id, role)
);

-- Single-use codes for when the authenticator is lost; only their hashes are kept.
CREATE TABLE recovery_code
(
  user_id   UUID NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
  code_hash TEXT NOT NULL,
  used_at   TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (user_id, code_hash)
);

-- Bearer tokens for machine clients; the secret is shown once and only its hash is kept.
CREATE TABLE api_token
(
  id           UUID PRIMARY KEY,
  user_id      UUID                     NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
  name         TEXT                     NOT NULL,
  token_hash   TEXT                     NOT NULL UNIQUE,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  revoked_at   TIMESTAMP WITH TIME ZONE,
  last_used_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_token_by_user ON api_token (user_id, created_at DESC);

-- Failed sign-in attempts per subject (a hash of the email, or of a user id for second-factor codes), kept for
-- unknown emails too, so that throttling reveals nothing about which accounts exist.
CREATE TABLE sign_in_attempt
(
  subject         TEXT PRIMARY KEY,
  failures        INT                      NOT NULL,
  window_started  TIMESTAMP WITH TIME ZONE NOT NULL,
  paused_until    TIMESTAMP WITH TIME ZONE
);
