-- Outreach of the NGOs: venues, activities and the anonymous contacts met on them.
CREATE TABLE outreach.venue (
    id           uuid PRIMARY KEY,
    organisation uuid        NOT NULL,
    type         text        NOT NULL,
    name         text        NOT NULL,
    municipality text        NOT NULL,
    area         text,
    address      text,
    notes        text,
    created_at   timestamptz NOT NULL,
    version      bigint      NOT NULL DEFAULT 0
);
CREATE INDEX venue_organisation ON outreach.venue (organisation);

CREATE TABLE outreach.activity (
    id               uuid PRIMARY KEY,
    organisation     uuid        NOT NULL,
    type             text        NOT NULL,
    held_on          date        NOT NULL,
    duration_minutes integer     NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
    municipality     text        NOT NULL,
    area             text,
    venue_id         uuid REFERENCES outreach.venue (id),
    team             text[]      NOT NULL DEFAULT '{}',
    languages        text[]      NOT NULL DEFAULT '{}',
    interpreter      boolean     NOT NULL DEFAULT false,
    notes            text,
    closed_at        timestamptz,
    created_by       uuid        NOT NULL,
    created_at       timestamptz NOT NULL,
    version          bigint      NOT NULL DEFAULT 0
);
CREATE INDEX activity_organisation_held_on ON outreach.activity (organisation, held_on);
CREATE INDEX activity_held_on ON outreach.activity (held_on);

CREATE TABLE outreach.contact (
    id            uuid PRIMARY KEY,
    activity_id   uuid        NOT NULL REFERENCES outreach.activity (id),
    organisation  uuid        NOT NULL,
    held_on       date        NOT NULL,
    people        integer     NOT NULL CHECK (people BETWEEN 1 AND 500),
    sex           text        NOT NULL,
    age_band      text        NOT NULL,
    citizenship   text,
    region        text,
    first_contact boolean     NOT NULL,
    services      text[]      NOT NULL DEFAULT '{}',
    code_hash     text,
    suspicion     boolean     NOT NULL DEFAULT false,
    referral_id   uuid,
    created_by    uuid        NOT NULL,
    created_at    timestamptz NOT NULL
);
CREATE INDEX contact_activity ON outreach.contact (activity_id);
CREATE INDEX contact_organisation_held_on ON outreach.contact (organisation, held_on);
CREATE INDEX contact_held_on ON outreach.contact (held_on);

-- Tallies kept with every contact, so that a year's summary reads days, not contacts.
CREATE TABLE outreach.contact_tally (
    organisation  uuid    NOT NULL,
    held_on       date    NOT NULL,
    sex           text    NOT NULL,
    age_band      text    NOT NULL,
    first_contact boolean NOT NULL,
    people        bigint  NOT NULL DEFAULT 0,
    suspicions    bigint  NOT NULL DEFAULT 0,
    referrals     bigint  NOT NULL DEFAULT 0,
    PRIMARY KEY (organisation, held_on, sex, age_band, first_contact)
);
CREATE INDEX contact_tally_held_on ON outreach.contact_tally (held_on);

CREATE TABLE outreach.service_tally (
    organisation uuid   NOT NULL,
    held_on      date   NOT NULL,
    service      text   NOT NULL,
    people       bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (organisation, held_on, service)
);
CREATE INDEX service_tally_held_on ON outreach.service_tally (held_on);
CREATE INDEX contact_coded ON outreach.contact (held_on, organisation, code_hash) WHERE code_hash IS NOT NULL;

-- Moves with every change to activities and contacts: a summary computed at a version stays true until it moves.
CREATE TABLE outreach.tally_version (
    id      integer PRIMARY KEY CHECK (id = 1),
    version bigint  NOT NULL
);
INSERT INTO outreach.tally_version (id, version) VALUES (1, 0);
