CREATE TRIGGER late_observation_append_only BEFORE UPDATE OR DELETE ON late_observation
    FOR EACH ROW EXECUTE FUNCTION refuse_log_change();
CREATE TRIGGER late_observation_no_truncate BEFORE TRUNCATE ON late_observation
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_log_change();
