-- PostgreSQL: refuse UPDATE, DELETE and TRUNCATE on the log tables.
CREATE FUNCTION refuse_log_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the observation log is append-only: % on % refused', TG_OP, TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER source_read_append_only BEFORE UPDATE OR DELETE ON source_read
    FOR EACH ROW EXECUTE FUNCTION refuse_log_change();
CREATE TRIGGER source_read_no_truncate BEFORE TRUNCATE ON source_read
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_log_change();
CREATE TRIGGER subject_append_only BEFORE UPDATE OR DELETE ON subject
    FOR EACH ROW EXECUTE FUNCTION refuse_log_change();
CREATE TRIGGER subject_no_truncate BEFORE TRUNCATE ON subject
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_log_change();
CREATE TRIGGER observation_append_only BEFORE UPDATE OR DELETE ON observation
    FOR EACH ROW EXECUTE FUNCTION refuse_log_change();
CREATE TRIGGER observation_no_truncate BEFORE TRUNCATE ON observation
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_log_change();
