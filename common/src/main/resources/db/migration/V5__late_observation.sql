-- Observations stored after a checkpoint of their source that was taken later than they were observed: a
-- collector host behind, a poll delivered late. A reader of an instant before that checkpoint starts from an
-- earlier one and stops at the next checkpoint's last sequence number, so it would miss them; it reads them
-- from here. Derived from the log (the writer lists each as it stores it) and append-only like it. Rows
-- stored before this table are not listed: finding them compares every observation with every later
-- checkpoint of its source, hours on a year-long log, too long for a start-up; an older log with late reads
-- answers for those instants as it did before.
CREATE TABLE late_observation (
    seq          BIGINT PRIMARY KEY REFERENCES observation (seq),
    source       VARCHAR(64) NOT NULL,
    observed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX late_observation_by_source ON late_observation (source, seq);
