-- The views tail the log by read id: what a read appended is found by its read_id (LogTail), and a ledger
-- resuming asks what the log gained after a read id (LedgerStore). H2 indexes every foreign key on its own;
-- PostgreSQL does not, so without this each tail of a query host read the whole observation table.
-- An index is derived from the rows: no row is written or changed.
CREATE INDEX observation_by_read ON observation (read_id);
