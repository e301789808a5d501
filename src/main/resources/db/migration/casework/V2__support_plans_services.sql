-- Support plans (HTCDS plan types and the national offers) and the services delivered under them.
CREATE TABLE support_plan
(
  id          UUID PRIMARY KEY,
  version     BIGINT                   NOT NULL,
  case_id     UUID                     NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
  type        TEXT                     NOT NULL,
  objectives  TEXT,
  starts_on   DATE                     NOT NULL,
  planned_end DATE,
  actual_end  DATE,
  created_by  UUID                     NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CHECK (planned_end IS NULL OR planned_end >= starts_on),
  CHECK (actual_end IS NULL OR actual_end >= starts_on)
);

CREATE INDEX support_plan_case ON support_plan (case_id, starts_on);

CREATE TABLE service
(
  id           UUID PRIMARY KEY,
  case_id      UUID                     NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
  plan_id      UUID REFERENCES support_plan (id),
  type         TEXT                     NOT NULL,
  delivered_on DATE                     NOT NULL,
  provider     UUID                     NOT NULL,
  note         TEXT,
  recorded_by  UUID                     NOT NULL,
  recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX service_case ON service (case_id, delivered_on);
