-- Case files: one per person in identification, with the contact person, a timeline fed by events from every module,
-- tasks, notes, sharing with other organisations, and in-app notifications.

CREATE TABLE case_file
(
  id                   UUID PRIMARY KEY,
  version              BIGINT                   NOT NULL,
  person_id            UUID                     NOT NULL UNIQUE,
  person_reference     TEXT                     NOT NULL,
  identification_id    UUID,
  status               TEXT                     NOT NULL,
  closure_reason       TEXT,
  closure_note         TEXT,
  contact_person       UUID,
  minor                BOOLEAN                  NOT NULL DEFAULT FALSE,
  opened_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  closed_at            TIMESTAMP WITH TIME ZONE,
  -- kept from identification's events, for the work queue and the summary header
  decision_outcome     TEXT,
  competent_authority  TEXT,
  period_ends_on       DATE,
  consent_withdrawn_at TIMESTAMP WITH TIME ZONE
);

CREATE INDEX case_file_contact ON case_file (contact_person, period_ends_on) WHERE status IN ('ACTIVE', 'FOLLOW_UP');
CREATE INDEX case_file_opened ON case_file (opened_at DESC, id);

CREATE TABLE timeline_entry
(
  id          BIGSERIAL PRIMARY KEY,
  case_id     UUID                     NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
  occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
  kind        TEXT                     NOT NULL,
  module      TEXT                     NOT NULL,
  subject     UUID,
  actor       UUID,
  -- facts for the entry's sentence: dates, numbers and codes, never names or narrative
  args        TEXT                     NOT NULL DEFAULT ''
);

CREATE INDEX timeline_case ON timeline_entry (case_id, occurred_at DESC, id DESC);

CREATE TABLE task
(
  id         UUID PRIMARY KEY,
  case_id    UUID                     NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
  kind       TEXT                     NOT NULL,
  title      TEXT,
  args       TEXT                     NOT NULL DEFAULT '',
  due_on     DATE,
  assignee   UUID,
  status     TEXT                     NOT NULL,
  created_by UUID,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  done_at    TIMESTAMP WITH TIME ZONE,
  done_by    UUID,
  -- a task a policy creates exists once per occasion
  policy_key TEXT UNIQUE
);

CREATE INDEX task_assignee_open ON task (assignee, due_on) WHERE status = 'OPEN';
CREATE INDEX task_case ON task (case_id, created_at);

CREATE TABLE note
(
  id           UUID PRIMARY KEY,
  case_id      UUID                     NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
  sensitivity  TEXT                     NOT NULL,
  text         TEXT                     NOT NULL,
  author       UUID                     NOT NULL,
  organisation UUID                     NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX note_case ON note (case_id, created_at);

CREATE TABLE case_share
(
  id               UUID PRIMARY KEY,
  case_id          UUID                     NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
  organisation     UUID                     NOT NULL,
  parts            TEXT                     NOT NULL,
  basis            TEXT                     NOT NULL CHECK (basis IN ('CONSENT', 'LEGAL_BASIS')),
  basis_detail     TEXT,
  consent_given_on DATE,
  recorded_by      UUID                     NOT NULL,
  recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  revoked_at       TIMESTAMP WITH TIME ZONE,
  revoked_by       UUID,
  revoke_reason    TEXT,
  CHECK (basis <> 'CONSENT' OR consent_given_on IS NOT NULL),
  CHECK (basis <> 'LEGAL_BASIS' OR basis_detail IS NOT NULL)
);

CREATE INDEX case_share_active ON case_share (organisation, case_id) WHERE revoked_at IS NULL;
CREATE INDEX case_share_case ON case_share (case_id);

CREATE TABLE notification
(
  id         UUID PRIMARY KEY,
  recipient  UUID                     NOT NULL,
  kind       TEXT                     NOT NULL,
  args       TEXT                     NOT NULL DEFAULT '',
  link       TEXT                     NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  read_at    TIMESTAMP WITH TIME ZONE
);

CREATE INDEX notification_unread ON notification (recipient, created_at DESC) WHERE read_at IS NULL;
