-- Cross-border exchange: this installation, its partner installations, transfers sent and received,
-- the outbox that delivers envelopes and the inbox that remembers every message id it took.

CREATE TABLE installation (
  id          UUID PRIMARY KEY,
  created_at  TIMESTAMPTZ NOT NULL,
  only_one    BOOLEAN NOT NULL DEFAULT TRUE UNIQUE CHECK (only_one)
);

CREATE TABLE partner (
  id               UUID PRIMARY KEY,
  installation     UUID NOT NULL UNIQUE,
  name             TEXT NOT NULL,
  country          TEXT NOT NULL,
  kind             TEXT NOT NULL CHECK (kind IN ('CENTRE', 'RETURN_ORGANISATION')),
  endpoint         TEXT NOT NULL,
  keys             TEXT NOT NULL,
  fingerprint      TEXT NOT NULL,
  status           TEXT NOT NULL CHECK (status IN ('UNCONFIRMED', 'ACTIVE', 'SUSPENDED')),
  organisation     UUID NOT NULL,
  registered_by    UUID,
  registered_at    TIMESTAMPTZ NOT NULL,
  confirmed_by     UUID,
  confirmed_at     TIMESTAMPTZ,
  suspended_reason TEXT,
  version          BIGINT NOT NULL DEFAULT 0
);

-- Every public key a partner signs or receives with, so an envelope's key id finds its sender.
CREATE TABLE partner_key (
  kid      TEXT NOT NULL,
  partner  UUID NOT NULL REFERENCES partner (id) ON DELETE CASCADE,
  use      TEXT NOT NULL CHECK (use IN ('sig', 'enc')),
  PRIMARY KEY (kid, use)
);

CREATE TABLE transfer (
  id                   UUID PRIMARY KEY,
  direction            TEXT NOT NULL CHECK (direction IN ('OUTGOING', 'INCOMING')),
  case_id              UUID,
  partner              UUID NOT NULL REFERENCES partner (id),
  purpose              TEXT NOT NULL,
  parts                TEXT NOT NULL,
  basis                TEXT NOT NULL,
  consent_given_on     DATE,
  basis_detail         TEXT,
  note                 TEXT,
  status               TEXT NOT NULL,
  message_id           UUID NOT NULL UNIQUE,
  envelope_hash        TEXT,
  remote_transfer      UUID,
  referral_id          UUID,
  content              TEXT,
  created_by           UUID,
  created_at           TIMESTAMPTZ NOT NULL,
  delivered_at         TIMESTAMPTZ,
  decided_at           TIMESTAMPTZ,
  decision_reason      TEXT,
  consent_withdrawn_at TIMESTAMPTZ,
  version              BIGINT NOT NULL DEFAULT 0,
  CHECK (direction = 'INCOMING' OR case_id IS NOT NULL),
  UNIQUE (partner, remote_transfer)
);
CREATE INDEX transfer_case ON transfer (case_id, created_at);
CREATE INDEX transfer_referral ON transfer (referral_id);

-- Envelopes waiting to be delivered: the message id is the idempotency key on both sides.
CREATE TABLE outbox (
  message_id      UUID PRIMARY KEY,
  partner         UUID NOT NULL REFERENCES partner (id),
  transfer        UUID NOT NULL REFERENCES transfer (id),
  type            TEXT NOT NULL,
  envelope        TEXT NOT NULL,
  envelope_hash   TEXT NOT NULL,
  created_at      TIMESTAMPTZ NOT NULL,
  expires_at      TIMESTAMPTZ NOT NULL,
  attempts        INT NOT NULL DEFAULT 0,
  next_attempt_at TIMESTAMPTZ NOT NULL,
  delivered_at    TIMESTAMPTZ,
  acknowledgement TEXT,
  last_error      TEXT,
  gave_up_at      TIMESTAMPTZ
);
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE delivered_at IS NULL AND gave_up_at IS NULL;

-- Every message id taken in, so a replay is refused and nothing is stored twice.
CREATE TABLE inbox (
  message_id    UUID PRIMARY KEY,
  partner       UUID NOT NULL REFERENCES partner (id),
  type          TEXT NOT NULL,
  envelope_hash TEXT NOT NULL,
  received_at   TIMESTAMPTZ NOT NULL,
  transfer      UUID
);
