package dev.commandcenter.collector.cron;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.collector.hermes.GatewayCheck;
import dev.commandcenter.collector.host.ProcessTable;
import dev.commandcenter.observation.SubjectSeen;
import java.util.Collection;
import java.util.Optional;

/**
 * The cron runner of one home (the Hermes gateway and its in-process ticker) as seen in one poll;
 * whether the gateway runs is decided by {@link GatewayCheck}, Hermes' own rule.
 */
final class RunnerParser {

    static final String KIND = "CronRunnerRead";

    private RunnerParser() {}

    static SubjectSeen parse(
            HermesFiles files, ProcessTable processes, Collection<String> jobIds, int jobsSkipped, HermesZone zone) {
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.put("home", files.home().name());
        ObjectNode pidFile = GatewayCheck.pidFile(files.gatewayPid());
        payload.set("gateway_pid", pidFile);
        JsonNode state = files.gatewayState().map(GatewayCheck::json).orElse(null);
        payload.set("gateway_state", state == null || !state.isObject() ? JsonNodeFactory.instance.nullNode() : state);
        if (files.gatewayState().isPresent() && (state == null || !state.isObject())) {
            payload.put("gateway_state_unreadable", true);
        }
        payload.put("clean_shutdown", files.cleanShutdown());
        GatewayCheck.judge(payload, pidFile, state != null && state.isObject() ? state : null, processes);
        ObjectNode ticker = payload.putObject("ticker");
        putEpoch(ticker, "heartbeat_at", files.tickerHeartbeat());
        putEpoch(ticker, "last_success_at", files.tickerLastSuccess());
        var orphans = payload.putArray("orphan_output_dirs");
        files.outputs().keySet().stream()
                .filter(id -> !jobIds.contains(id))
                .sorted()
                .forEach(orphans::add);
        payload.put("jobs_skipped", jobsSkipped);
        payload.put("zone", zone.zone().getId());
        return new SubjectSeen(files.home().runnerSubject(), KIND, null, payload);
    }

    private static void putEpoch(ObjectNode node, String field, Optional<String> text) {
        try {
            node.put(field, text.map(t -> HermesTime.epochSeconds(t).toString()).orElse(null));
        } catch (NumberFormatException e) {
            node.putNull(field);
            node.put(field + "_unreadable", true);
        }
    }
}
