CREATE TRIGGER payload_append_only BEFORE UPDATE OR DELETE ON payload
    FOR EACH ROW EXECUTE FUNCTION refuse_log_change();
CREATE TRIGGER payload_no_truncate BEFORE TRUNCATE ON payload
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_log_change();
