-- Projections of other modules' facts (never their tables): rebuilt from scratch by Projections.rebuild.
-- Codes, dates and pseudonymous ids only.

-- Every decision, with the person's attributes at decision time as statistics use them.
CREATE TABLE decision
(
  decision_id   UUID PRIMARY KEY,
  person_id     UUID    NOT NULL,
  decided_on    DATE    NOT NULL,
  decision_year INT     NOT NULL,
  outcome       TEXT    NOT NULL,
  authority     TEXT    NOT NULL,
  sex           TEXT    NOT NULL,
  age           INT,
  citizenship   CHAR(2),
  main_form     TEXT    NOT NULL,
  forms         TEXT[]  NOT NULL,
  industries    TEXT[]  NOT NULL,
  recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX decision_victims_by_year ON decision (decision_year, person_id) WHERE outcome = 'VICTIM';

CREATE TABLE interview
(
  interview_id UUID PRIMARY KEY,
  held_on      DATE NOT NULL,
  held_year    INT  NOT NULL,
  conductor    TEXT NOT NULL
);
CREATE INDEX interview_by_year ON interview (held_year);

CREATE TABLE return
(
  repatriation_id UUID PRIMARY KEY,
  person_id       UUID NOT NULL,
  returned_on     DATE NOT NULL,
  returned_year   INT  NOT NULL,
  country         CHAR(2)
);
CREATE INDEX return_by_year ON return (returned_year);

CREATE TABLE hotline_call
(
  call_id       UUID PRIMARY KEY,
  received_on   DATE NOT NULL,
  received_year INT  NOT NULL,
  caller_type   TEXT NOT NULL
);
CREATE INDEX hotline_call_by_year ON hotline_call (received_year);

-- The secret that seeds the published view's noise, so the same figure always gets the same noise (asking again
-- gives nothing to average away). One row.
CREATE TABLE noise_key
(
  id  INT PRIMARY KEY CHECK (id = 1),
  key BYTEA NOT NULL
);
