-- The training register: courses for frontline staff, their sessions and who took part, counted
-- by sector. No person is named: a session records how many took part from each sector.
CREATE TABLE funding.training_course (
    id            uuid PRIMARY KEY,
    title         text        NOT NULL,
    description   text,
    sectors       text        NOT NULL,
    initiative_id uuid        REFERENCES funding.initiative (id),
    materials     text,
    created_by    uuid        NOT NULL,
    created_at    timestamptz NOT NULL,
    version       bigint      NOT NULL DEFAULT 0
);

CREATE TABLE funding.training_session (
    id            uuid PRIMARY KEY,
    course_id     uuid        NOT NULL REFERENCES funding.training_course (id),
    held_on       date        NOT NULL,
    ends_on       date        NOT NULL,
    place         text,
    organisations text        NOT NULL,
    recorded_by   uuid        NOT NULL,
    recorded_at   timestamptz NOT NULL,
    CHECK (ends_on >= held_on)
);
CREATE INDEX training_session_by_course ON funding.training_session (course_id, held_on);
CREATE INDEX training_session_by_day ON funding.training_session (held_on);

CREATE TABLE funding.training_participants (
    session_id   uuid NOT NULL REFERENCES funding.training_session (id),
    sector       text NOT NULL,
    participants int  NOT NULL CHECK (participants > 0),
    PRIMARY KEY (session_id, sector)
);
