-- The national action plan and what funds it: initiatives with budgets per year, indicators with
-- targets and a dated status history; grants from application to repayment; reporting duties.
-- Amounts are exact decimals (numeric) with ISO 4217 currency codes; never floating point.

CREATE TABLE funding.action_plan (
    id          uuid PRIMARY KEY,
    name        text          NOT NULL,
    starts_on   date          NOT NULL,
    ends_on     date          NOT NULL,
    budget      numeric(16,2) NOT NULL CHECK (budget >= 0),
    currency    char(3)       NOT NULL,
    source      text,
    created_by  uuid          NOT NULL,
    created_at  timestamptz   NOT NULL,
    version     bigint        NOT NULL DEFAULT 0,
    CHECK (ends_on >= starts_on)
);

CREATE TABLE funding.initiative (
    id           uuid PRIMARY KEY,
    plan_id      uuid        NOT NULL REFERENCES funding.action_plan (id),
    name         text        NOT NULL,
    goal         text,
    theme        text        NOT NULL,
    responsible  uuid        NOT NULL,
    status       text        NOT NULL,
    created_at   timestamptz NOT NULL,
    version      bigint      NOT NULL DEFAULT 0
);
CREATE INDEX initiative_by_plan ON funding.initiative (plan_id);

CREATE TABLE funding.initiative_budget (
    initiative_id uuid          NOT NULL REFERENCES funding.initiative (id),
    year          int           NOT NULL,
    amount        numeric(16,2) NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (initiative_id, year)
);

CREATE TABLE funding.initiative_status (
    initiative_id uuid        NOT NULL REFERENCES funding.initiative (id),
    seq           int         NOT NULL,
    status        text        NOT NULL,
    changed_on    date        NOT NULL,
    note          text,
    changed_by    uuid        NOT NULL,
    PRIMARY KEY (initiative_id, seq)
);

CREATE TABLE funding.indicator (
    id            uuid PRIMARY KEY,
    initiative_id uuid NOT NULL REFERENCES funding.initiative (id),
    name          text NOT NULL,
    unit          text,
    measure       text,
    position      int  NOT NULL
);
CREATE INDEX indicator_by_initiative ON funding.indicator (initiative_id);

CREATE TABLE funding.indicator_target (
    indicator_id uuid          NOT NULL REFERENCES funding.indicator (id),
    year         int           NOT NULL,
    target       numeric(16,2) NOT NULL CHECK (target >= 0),
    PRIMARY KEY (indicator_id, year)
);

CREATE TABLE funding.grant_award (
    id            uuid PRIMARY KEY,
    initiative_id uuid          NOT NULL REFERENCES funding.initiative (id),
    organisation  uuid          NOT NULL,
    requested     numeric(16,2) NOT NULL CHECK (requested >= 0),
    currency      char(3)       NOT NULL,
    period_from   date          NOT NULL,
    period_to     date          NOT NULL,
    purpose       text          NOT NULL,
    status        text          NOT NULL,
    granted       numeric(16,2) CHECK (granted >= 0),
    conditions    text,
    decided_on    date,
    decided_by    uuid,
    closed_on     date,
    applied_by    uuid          NOT NULL,
    applied_at    timestamptz   NOT NULL,
    version       bigint        NOT NULL DEFAULT 0,
    CHECK (period_to >= period_from)
);
CREATE INDEX grant_by_initiative ON funding.grant_award (initiative_id);
CREATE INDEX grant_by_organisation ON funding.grant_award (organisation);

-- Payments to the holder (kind PAYMENT) and unspent funds paid back (kind REPAYMENT).
CREATE TABLE funding.grant_payment (
    id          uuid PRIMARY KEY,
    grant_id    uuid          NOT NULL REFERENCES funding.grant_award (id),
    kind        text          NOT NULL CHECK (kind IN ('PAYMENT', 'REPAYMENT')),
    paid_on     date          NOT NULL,
    amount      numeric(16,2) NOT NULL CHECK (amount > 0),
    note        text,
    recorded_by uuid          NOT NULL,
    recorded_at timestamptz   NOT NULL
);
CREATE INDEX grant_payment_by_grant ON funding.grant_payment (grant_id, paid_on);

CREATE TABLE funding.reporting_duty (
    id            uuid PRIMARY KEY,
    grant_id      uuid          NOT NULL REFERENCES funding.grant_award (id),
    kind          text          NOT NULL,
    due_on        date          NOT NULL,
    status        text          NOT NULL,
    submitted_on  date,
    submitted_by  uuid,
    spent         numeric(16,2) CHECK (spent >= 0),
    figures       text,
    summary       text,
    reviewed_by   uuid,
    reviewed_on   date,
    review_note   text,
    version       bigint        NOT NULL DEFAULT 0
);
CREATE INDEX reporting_duty_due ON funding.reporting_duty (due_on) WHERE status IN ('DUE', 'CHANGES_REQUESTED');
CREATE INDEX reporting_duty_by_grant ON funding.reporting_duty (grant_id);
