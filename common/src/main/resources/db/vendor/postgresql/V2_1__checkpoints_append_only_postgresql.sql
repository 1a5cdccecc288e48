CREATE TRIGGER checkpoint_append_only BEFORE UPDATE OR DELETE ON checkpoint
    FOR EACH ROW EXECUTE FUNCTION refuse_log_change();
CREATE TRIGGER checkpoint_no_truncate BEFORE TRUNCATE ON checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_log_change();
CREATE TRIGGER checkpoint_entry_append_only BEFORE UPDATE OR DELETE ON checkpoint_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_log_change();
CREATE TRIGGER checkpoint_entry_no_truncate BEFORE TRUNCATE ON checkpoint_entry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_log_change();
