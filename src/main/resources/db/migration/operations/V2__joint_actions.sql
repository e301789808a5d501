-- Joint actions of the police, the tax agency, the labour inspectorate and the centre.
CREATE TABLE operations.joint_action (
    id            uuid PRIMARY KEY,
    title         text        NOT NULL,
    lead          uuid        NOT NULL,
    starts_at     timestamptz NOT NULL,
    ends_at       timestamptz,
    sector        char(1)     NOT NULL,
    site_type     text        NOT NULL,
    municipality  text        NOT NULL,
    area          text,
    address       text,
    briefing      text[]      NOT NULL DEFAULT '{}',
    notes         text,
    status        text        NOT NULL,
    record        jsonb,
    persons_met   integer     NOT NULL DEFAULT 0,
    screenings    integer     NOT NULL DEFAULT 0,
    interviews    integer     NOT NULL DEFAULT 0,
    declined      integer     NOT NULL DEFAULT 0,
    created_by    uuid        NOT NULL,
    created_at    timestamptz NOT NULL,
    recorded_at   timestamptz,
    version       bigint      NOT NULL DEFAULT 0
);
CREATE INDEX joint_action_starts_at ON operations.joint_action (starts_at);

-- The organisations invited besides the lead.
CREATE TABLE operations.joint_action_organisation (
    action_id    uuid NOT NULL REFERENCES operations.joint_action (id) ON DELETE CASCADE,
    organisation uuid NOT NULL,
    PRIMARY KEY (action_id, organisation)
);
CREATE INDEX joint_action_organisation_by_org ON operations.joint_action_organisation (organisation, action_id);

-- Named participants, each a user of the lead or an invited organisation.
CREATE TABLE operations.joint_action_participant (
    action_id uuid NOT NULL REFERENCES operations.joint_action (id) ON DELETE CASCADE,
    user_id   uuid NOT NULL,
    PRIMARY KEY (action_id, user_id)
);

-- Referral drafts made of persons met on an action (channel JOINT_ACTION).
CREATE TABLE operations.joint_action_referral (
    action_id    uuid        NOT NULL REFERENCES operations.joint_action (id),
    referral_id  uuid        NOT NULL PRIMARY KEY,
    organisation uuid        NOT NULL,
    created_at   timestamptz NOT NULL
);
CREATE INDEX joint_action_referral_action ON operations.joint_action_referral (action_id);
