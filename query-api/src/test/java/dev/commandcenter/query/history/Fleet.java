package dev.commandcenter.query.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.log.Polls;
import dev.commandcenter.observation.PollResult;
import dev.commandcenter.observation.ReadOutcome;
import dev.commandcenter.observation.SubjectSeen;
import dev.commandcenter.testing.FixtureFiles;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Polls of every source with the payloads the collector stores, built from the fixture files. */
final class Fleet {

    static final Instant T = Instant.parse("2026-07-20T09:30:00Z");
    static final ObjectMapper JSON = new ObjectMapper();

    private Fleet() {}

    /** kimi-worker-2's heartbeat file, written at {@code writtenAt}, wrapped as the heartbeat source stores it. */
    static SubjectSeen heartbeat(String agent, Instant writtenAt, String claim) {
        ObjectNode beat = (ObjectNode) FixtureFiles.json("heartbeats/kimi-worker-2.json");
        beat.put("agent", agent);
        beat.put("state", claim == null ? "idle" : "working");
        if (claim == null) {
            beat.putNull("claim");
            beat.remove("claimed_at");
        } else {
            beat.put("claim", claim);
        }
        beat.put("written_at", writtenAt.toString());
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("agent", agent);
        envelope.put("claim", claim);
        envelope.set("heartbeat", beat);
        envelope.put("file", "heartbeats/" + agent + ".json");
        envelope.putNull("error");
        envelope.putObject("settings")
                .put("declared", true)
                .put("stuck_after_seconds", 7200)
                .put("heartbeat_max_age_seconds", 600)
                .put("gitea_login", agent)
                .putNull("endpoint")
                .putNull("hermes_home");
        return new SubjectSeen("agent:" + agent, "HeartbeatRead", writtenAt, envelope);
    }

    /** A process check of an agent: {@code alive} or {@code missing}. */
    static SubjectSeen process(String agent, String verdict) {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("agent", agent);
        payload.put("method", "pid-file");
        payload.putArray("pids").add(48213);
        payload.put("verdict", verdict);
        payload.put("reason", "missing".equals(verdict) ? "no process 48213" : null);
        return new SubjectSeen("process:" + agent, "ProcessChecked", null, payload);
    }

    /** The subjects of a cron fixture ({@code hermes-running.json}, {@code huey-v3.3.0-utc.json}). */
    static List<SubjectSeen> cron(String file) {
        List<SubjectSeen> seen = new ArrayList<>();
        for (JsonNode subject : FixtureFiles.json("cron/" + file)) {
            seen.add(new SubjectSeen(
                    subject.get("subject").asText(), subject.get("kind").asText(), null, subject.get("payload")));
        }
        return seen;
    }

    /** Pull request #42 or #43 of the fixtures as the collector stores it, last active at {@code updatedAt}. */
    static SubjectSeen pull(int index, Instant updatedAt, String ci) {
        ObjectNode pr =
                (ObjectNode) FixtureFiles.json("gitea/pulls.list.open.json").get(index);
        pr.put("updated_at", updatedAt.toString());
        pr.put("created_at", updatedAt.minusSeconds(86_400).toString());
        ObjectNode extra = pr.putObject("command_center");
        extra.set("reviews", FixtureFiles.json("gitea/pull.reviews.42.json"));
        extra.putObject("combined_status").put("state", ci).put("total_count", 1);
        extra.putArray("changed_files")
                .addObject()
                .put("filename", "src/app.py")
                .put("status", "changed");
        extra.put("additions", 120).put("deletions", 14);
        return new SubjectSeen("gitea:pr:acme/tools#" + pr.get("number").asInt(), "PullRequestSeen", updatedAt, pr);
    }

    /** Issue {@code index} of the fixtures as the collector stores it. */
    static SubjectSeen issue(int index) {
        JsonNode issue =
                FixtureFiles.json("gitea/issues.list.open.type-issues.json").get(index);
        return new SubjectSeen("gitea:issue:acme/tools#" + issue.get("number").asInt(), "IssueSeen", null, issue);
    }

    static PollResult ok(String source, Instant at, List<SubjectSeen> seen) {
        return Polls.of(source, at, ReadOutcome.OK, null, seen, List.of());
    }

    static PollResult failed(String source, Instant at) {
        return Polls.of(source, at, ReadOutcome.TIMEOUT, "no answer within 10s", List.of(), List.of());
    }
}
