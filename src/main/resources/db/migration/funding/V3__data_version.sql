-- A counter that moves with every change to the action plan's records, so that a plan's overview
-- (the ministry's dashboard: sums over every grant and payment) is computed once per change and
-- not once per reading. Statement-level triggers: one increment per changing statement.
CREATE TABLE funding.data_version (
    id      int    PRIMARY KEY CHECK (id = 1),
    version bigint NOT NULL
);
INSERT INTO funding.data_version (id, version) VALUES (1, 0);

CREATE FUNCTION funding.bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE funding.data_version SET version = version + 1 WHERE id = 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER action_plan_changed AFTER INSERT OR UPDATE OR DELETE ON funding.action_plan
    FOR EACH STATEMENT EXECUTE FUNCTION funding.bump_data_version();
CREATE TRIGGER initiative_changed AFTER INSERT OR UPDATE OR DELETE ON funding.initiative
    FOR EACH STATEMENT EXECUTE FUNCTION funding.bump_data_version();
CREATE TRIGGER initiative_budget_changed AFTER INSERT OR UPDATE OR DELETE ON funding.initiative_budget
    FOR EACH STATEMENT EXECUTE FUNCTION funding.bump_data_version();
CREATE TRIGGER initiative_status_changed AFTER INSERT OR UPDATE OR DELETE ON funding.initiative_status
    FOR EACH STATEMENT EXECUTE FUNCTION funding.bump_data_version();
CREATE TRIGGER indicator_changed AFTER INSERT OR UPDATE OR DELETE ON funding.indicator
    FOR EACH STATEMENT EXECUTE FUNCTION funding.bump_data_version();
CREATE TRIGGER indicator_target_changed AFTER INSERT OR UPDATE OR DELETE ON funding.indicator_target
    FOR EACH STATEMENT EXECUTE FUNCTION funding.bump_data_version();
CREATE TRIGGER grant_award_changed AFTER INSERT OR UPDATE OR DELETE ON funding.grant_award
    FOR EACH STATEMENT EXECUTE FUNCTION funding.bump_data_version();
CREATE TRIGGER grant_payment_changed AFTER INSERT OR UPDATE OR DELETE ON funding.grant_payment
    FOR EACH STATEMENT EXECUTE FUNCTION funding.bump_data_version();
CREATE TRIGGER reporting_duty_changed AFTER INSERT OR UPDATE OR DELETE ON funding.reporting_duty
    FOR EACH STATEMENT EXECUTE FUNCTION funding.bump_data_version();
