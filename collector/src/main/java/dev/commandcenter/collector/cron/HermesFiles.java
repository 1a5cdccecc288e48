package dev.commandcenter.collector.cron;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The raw content of one Hermes home's cron files, as read in one poll. Absent files are empty
 * optionals: older builds lack some of them, and absence means "unknown", not "bad".
 *
 * @param jobsJson          {@code cron/jobs.json}
 * @param gatewayPid        {@code gateway.pid}
 * @param gatewayState      {@code gateway_state.json}
 * @param tickerHeartbeat   {@code cron/ticker_heartbeat}
 * @param tickerLastSuccess {@code cron/ticker_last_success}
 * @param cleanShutdown     whether {@code .clean_shutdown} exists
 * @param configYaml        {@code config.yaml} (only its {@code timezone:} is used)
 * @param outputs           per output folder ({@code cron/output/<job_id>/}), its run documents
 */
public record HermesFiles(
        HermesHome home,
        Optional<String> jobsJson,
        Optional<String> gatewayPid,
        Optional<String> gatewayState,
        Optional<String> tickerHeartbeat,
        Optional<String> tickerLastSuccess,
        boolean cleanShutdown,
        Optional<String> configYaml,
        Map<String, RunDocuments> outputs) {

    /**
     * One job's output folder.
     *
     * @param count  how many run documents it holds
     * @param newest the newest few, newest first
     */
    public record RunDocuments(int count, List<RunDocument> newest) {}

    /** A run document's file name and its first lines. */
    public record RunDocument(String fileName, String head) {}
}
