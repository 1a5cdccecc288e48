-- H2: refuse UPDATE and DELETE on the log tables with a Java trigger (H2 has no procedural SQL).
CREATE TRIGGER source_read_append_only BEFORE UPDATE, DELETE ON source_read
    FOR EACH ROW CALL 'dev.commandcenter.log.AppendOnlyTrigger';
CREATE TRIGGER subject_append_only BEFORE UPDATE, DELETE ON subject
    FOR EACH ROW CALL 'dev.commandcenter.log.AppendOnlyTrigger';
CREATE TRIGGER observation_append_only BEFORE UPDATE, DELETE ON observation
    FOR EACH ROW CALL 'dev.commandcenter.log.AppendOnlyTrigger';
