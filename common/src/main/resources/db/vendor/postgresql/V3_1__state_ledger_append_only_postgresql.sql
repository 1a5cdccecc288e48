CREATE TRIGGER state_ledger_append_only BEFORE UPDATE OR DELETE ON state_ledger
    FOR EACH ROW EXECUTE FUNCTION refuse_log_change();
CREATE TRIGGER state_ledger_no_truncate BEFORE TRUNCATE ON state_ledger
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_log_change();
CREATE TRIGGER state_change_append_only BEFORE UPDATE OR DELETE ON state_change
    FOR EACH ROW EXECUTE FUNCTION refuse_log_change();
CREATE TRIGGER state_change_no_truncate BEFORE TRUNCATE ON state_change
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_log_change();
CREATE TRIGGER state_seal_append_only BEFORE UPDATE OR DELETE ON state_seal
    FOR EACH ROW EXECUTE FUNCTION refuse_log_change();
CREATE TRIGGER state_seal_no_truncate BEFORE TRUNCATE ON state_seal
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_log_change();
