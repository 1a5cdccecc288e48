CREATE TRIGGER late_observation_append_only BEFORE UPDATE, DELETE ON late_observation
    FOR EACH ROW CALL 'dev.commandcenter.log.AppendOnlyTrigger';
