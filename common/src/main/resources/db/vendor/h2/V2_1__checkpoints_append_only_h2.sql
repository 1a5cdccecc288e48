CREATE TRIGGER checkpoint_append_only BEFORE UPDATE, DELETE ON checkpoint
    FOR EACH ROW CALL 'dev.commandcenter.log.AppendOnlyTrigger';
CREATE TRIGGER checkpoint_entry_append_only BEFORE UPDATE, DELETE ON checkpoint_entry
    FOR EACH ROW CALL 'dev.commandcenter.log.AppendOnlyTrigger';
