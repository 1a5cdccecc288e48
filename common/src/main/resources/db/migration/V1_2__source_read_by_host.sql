-- Scale-out: several collector hosts may read one source. The sources view asks, per source, which
-- hosts read it and what each host read last: seek (source, host), walk finished_at downwards.
CREATE INDEX source_read_by_host ON source_read (source, host, finished_at, id);
