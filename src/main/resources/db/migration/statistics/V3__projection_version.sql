-- A counter that moves whenever a projection changes, in the same transaction as the change: a year's published view
-- (disclosure control over every linked table, a linear programme per protected cell) is computed once and kept until
-- the counter moves. Statement-level triggers cover every writer: listeners, imports, rebuilds and person merges.
CREATE TABLE projection_version
(
  id      INT PRIMARY KEY CHECK (id = 1),
  version BIGINT NOT NULL
);
INSERT INTO projection_version (id, version) VALUES (1, 0);

CREATE FUNCTION projection_changed() RETURNS trigger
  LANGUAGE plpgsql AS
$$
BEGIN
  UPDATE statistics.projection_version SET version = version + 1 WHERE id = 1;
  RETURN NULL;
END
$$;

CREATE TRIGGER decision_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON decision
  FOR EACH STATEMENT EXECUTE FUNCTION projection_changed();
CREATE TRIGGER interview_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON interview
  FOR EACH STATEMENT EXECUTE FUNCTION projection_changed();
CREATE TRIGGER return_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON return
  FOR EACH STATEMENT EXECUTE FUNCTION projection_changed();
CREATE TRIGGER hotline_call_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON hotline_call
  FOR EACH STATEMENT EXECUTE FUNCTION projection_changed();
