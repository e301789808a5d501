-- Task forces of several authorities on a sector or a network, for months.
CREATE TABLE operations.task_force (
    id             uuid PRIMARY KEY,
    name           text        NOT NULL,
    purpose        text        NOT NULL,
    lead           uuid        NOT NULL,
    sector         char(1),
    starts_on      date        NOT NULL,
    ends_on        date,
    closed_at      timestamptz,
    closing_report text,
    created_by     uuid        NOT NULL,
    created_at     timestamptz NOT NULL,
    version        bigint      NOT NULL DEFAULT 0
);

-- Member organisations besides the lead; a removed one keeps its row with the time it left.
CREATE TABLE operations.task_force_organisation (
    task_force_id uuid        NOT NULL REFERENCES operations.task_force (id),
    organisation  uuid        NOT NULL,
    added_at      timestamptz NOT NULL,
    removed_at    timestamptz,
    PRIMARY KEY (task_force_id, organisation)
);
CREATE INDEX task_force_organisation_by_org ON operations.task_force_organisation (organisation) WHERE removed_at IS NULL;

-- Named members, each a user of a member organisation.
CREATE TABLE operations.task_force_member (
    task_force_id uuid NOT NULL REFERENCES operations.task_force (id),
    user_id       uuid NOT NULL,
    PRIMARY KEY (task_force_id, user_id)
);

-- The cases of persons linked to the task force by the centre.
CREATE TABLE operations.task_force_case (
    task_force_id uuid        NOT NULL REFERENCES operations.task_force (id),
    case_id       uuid        NOT NULL,
    linked_by     uuid        NOT NULL,
    linked_at     timestamptz NOT NULL,
    PRIMARY KEY (task_force_id, case_id)
);

CREATE TABLE operations.task_force_meeting (
    id            uuid PRIMARY KEY,
    task_force_id uuid        NOT NULL REFERENCES operations.task_force (id),
    held_on       date        NOT NULL,
    minutes       text,
    decisions     text,
    recorded_by   uuid        NOT NULL,
    recorded_at   timestamptz NOT NULL
);
CREATE INDEX task_force_meeting_by_force ON operations.task_force_meeting (task_force_id, held_on);
