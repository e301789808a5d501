-- The criminal case beside a victim's case: dates and outcomes, never statements.
CREATE TABLE investigation.investigation (
    case_id          uuid PRIMARY KEY,
    police_district  uuid        NOT NULL,
    prosecution      uuid,
    details          jsonb       NOT NULL,
    charged_on       date,
    verdict          text,
    verdict_on       date,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    version          bigint      NOT NULL DEFAULT 0
);
CREATE INDEX investigation_police ON investigation.investigation (police_district);
CREATE INDEX investigation_prosecution ON investigation.investigation (prosecution);
