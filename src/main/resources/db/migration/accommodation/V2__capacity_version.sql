-- A counter that every change to places or placements moves on, so that computed capacity can be reused until the
-- next change, by every instance.
CREATE TABLE capacity_version
(
  id      INT PRIMARY KEY CHECK (id = 1),
  version BIGINT NOT NULL
);

INSERT INTO capacity_version (id, version) VALUES (1, 0);
