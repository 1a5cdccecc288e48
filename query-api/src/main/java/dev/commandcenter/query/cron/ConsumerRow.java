package dev.commandcenter.query.cron;

import dev.commandcenter.fact.ConsumerProcess;
import dev.commandcenter.observation.Freshness;
import java.time.Instant;

/**
 * A Huey consumer, known from its log and the process table (Huey has no heartbeat).
 *
 * @param subject     {@code huey:consumer:<log file>}
 * @param logFile     the log's file name
 * @param pid         the pid of its latest start, if logged
 * @param process     whether its logged pid is its process: {@code alive}, {@code alive-unverified}, {@code dead},
 *                    {@code pid-reused} or {@code unknown}
 * @param exited      whether the log ends with a clean exit
 * @param startedAt   when it started
 * @param lastLineAt  its newest log line
 * @param runningTask the task it started and has not finished, if any
 * @param observedAt  when the collector last saw this consumer change
 * @param freshness   how far the row can be trusted now
 * @param freshnessReason why it is not live; null when live
 */
public record ConsumerRow(
        String subject,
        String logFile,
        Long pid,
        ConsumerProcess process,
        boolean exited,
        Instant startedAt,
        Instant lastLineAt,
        String runningTask,
        Instant observedAt,
        Freshness freshness,
        String freshnessReason) {}
