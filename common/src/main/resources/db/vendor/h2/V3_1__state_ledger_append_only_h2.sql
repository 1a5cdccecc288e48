CREATE TRIGGER state_ledger_append_only BEFORE UPDATE, DELETE ON state_ledger
    FOR EACH ROW CALL 'dev.commandcenter.log.AppendOnlyTrigger';
CREATE TRIGGER state_change_append_only BEFORE UPDATE, DELETE ON state_change
    FOR EACH ROW CALL 'dev.commandcenter.log.AppendOnlyTrigger';
CREATE TRIGGER state_seal_append_only BEFORE UPDATE, DELETE ON state_seal
    FOR EACH ROW CALL 'dev.commandcenter.log.AppendOnlyTrigger';
