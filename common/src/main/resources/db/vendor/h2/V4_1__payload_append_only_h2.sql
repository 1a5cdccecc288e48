CREATE TRIGGER payload_append_only BEFORE UPDATE, DELETE ON payload
    FOR EACH ROW CALL 'dev.commandcenter.log.AppendOnlyTrigger';
