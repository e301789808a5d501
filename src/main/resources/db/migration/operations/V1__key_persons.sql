-- The directory of the police districts' key persons for trafficking (and their deputies).
CREATE TABLE operations.key_person (
    id          uuid PRIMARY KEY,
    district    uuid        NOT NULL,
    name        text        NOT NULL,
    deputy      boolean     NOT NULL DEFAULT false,
    phone       text,
    email       text,
    routes      text,
    updated_at  timestamptz NOT NULL,
    version     bigint      NOT NULL DEFAULT 0
);
CREATE INDEX key_person_district ON operations.key_person (district);
