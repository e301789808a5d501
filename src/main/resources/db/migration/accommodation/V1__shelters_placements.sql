-- Shelters with their places per target group, placements of persons (each occupies a place from its first day until
-- it ends), and the waiting list.

CREATE TABLE shelter
(
  id           UUID PRIMARY KEY,
  version      BIGINT                   NOT NULL,
  name         TEXT                     NOT NULL,
  operator     UUID                     NOT NULL,
  municipality TEXT,
  -- secret: only the operator and the centre read it; never in lists, events, exports or notifications
  address      TEXT,
  contact      TEXT,
  approved     BOOLEAN                  NOT NULL,
  active       BOOLEAN                  NOT NULL DEFAULT TRUE,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX shelter_operator ON shelter (operator);

CREATE TABLE shelter_places
(
  shelter_id   UUID NOT NULL REFERENCES shelter (id) ON DELETE CASCADE,
  target_group TEXT NOT NULL,
  places       INT  NOT NULL CHECK (places >= 0),
  PRIMARY KEY (shelter_id, target_group)
);

CREATE TABLE placement
(
  id           UUID PRIMARY KEY,
  version      BIGINT                   NOT NULL,
  person_id    UUID                     NOT NULL,
  shelter_id   UUID                     NOT NULL REFERENCES shelter (id),
  target_group TEXT                     NOT NULL,
  starts_on    DATE                     NOT NULL,
  planned_to   DATE,
  ended_on     DATE,
  end_reason   TEXT,
  created_by   UUID                     NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  -- the days the placement holds a place: from its first day until it ended or, while it runs, its planned end (open
  -- when none is planned). A stay still open after its planned end keeps its place until the departure is recorded:
  -- the queries add those "overdue" stays (Placements.OCCUPYING).
  occupies     DATERANGE GENERATED ALWAYS AS (daterange(starts_on, coalesce(ended_on, planned_to), '[)')) STORED,
  CHECK (ended_on IS NULL OR ended_on >= starts_on),
  CHECK (planned_to IS NULL OR planned_to > starts_on)
);

CREATE INDEX placement_occupies ON placement USING gist (occupies);
CREATE INDEX placement_shelter ON placement (shelter_id, starts_on);
CREATE INDEX placement_person ON placement (person_id);
CREATE INDEX placement_overdue ON placement (planned_to) WHERE ended_on IS NULL;

CREATE TABLE waiting_list
(
  id           UUID PRIMARY KEY,
  person_id    UUID                     NOT NULL,
  target_group TEXT                     NOT NULL,
  needed_from  DATE                     NOT NULL,
  note         TEXT,
  requested_by UUID                     NOT NULL,
  requested_at TIMESTAMP WITH TIME ZONE NOT NULL,
  status       TEXT                     NOT NULL,
  closed_at    TIMESTAMP WITH TIME ZONE
);

CREATE INDEX waiting_list_open ON waiting_list (requested_at) WHERE status = 'WAITING';
