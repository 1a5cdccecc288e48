-- Observations stored after a checkpoint of their source that was taken later than they were observed: a
-- collector host behind, a poll delivered late. A reader of an instant before that checkpoint starts from an
-- earlier one and stops at the next checkpoint's last sequence number, so it would miss them; it reads them
-- from here. Derived from the log (the writer lists each as it stores it; rows stored before this table are
-- listed once below) and append-only like it.
CREATE TABLE late_observation (
    seq          BIGINT PRIMARY KEY REFERENCES observation (seq),
    source       VARCHAR(64) NOT NULL,
    observed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX late_observation_by_source ON late_observation (source, seq);

INSERT INTO late_observation (seq, source, observed_at)
SELECT o.seq, o.source, o.observed_at FROM observation o
WHERE EXISTS (SELECT 1 FROM checkpoint c
              WHERE c.source = o.source AND c.through_seq < o.seq AND c.taken_at > o.observed_at);
