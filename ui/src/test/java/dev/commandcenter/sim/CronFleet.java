package dev.commandcenter.sim;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.observation.SubjectSeen;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One Hermes home ({@code default}) whose cron jobs run on their schedules, fail now and then, get
 * paused and forgotten, or fall behind (drift); and its gateway, whose ticker beats every minute.
 * Payloads are shaped as the Hermes source stores {@code cron/jobs.json} and the gateway files.
 */
final class CronFleet {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int[] EVERY_MINUTES = {5, 10, 15, 30, 60, 120, 360, 1_440};

    private final Random random;
    private final List<Job> jobs = new ArrayList<>();
    private Instant tick;

    CronFleet(FleetScale scale, Random random, Instant start) {
        this.random = random;
        for (int j = 0; j < scale.jobs; j++) {
            Job job = new Job(
                    String.format("%012x", 0x5eed000000L + j),
                    "job-" + j,
                    EVERY_MINUTES[random.nextInt(EVERY_MINUTES.length)]);
            job.created = start.minus(Duration.ofDays(30));
            job.lastRun = start.minus(Duration.ofMinutes(random.nextInt(job.everyMinutes)));
            job.nextRun = job.lastRun.plus(Duration.ofMinutes(job.everyMinutes));
            jobs.add(job);
        }
        tick = start;
    }

    /** One minute: due jobs run (1 in 12 fails); rarely a job is paused, resumed, or starts lagging. */
    void advance(Instant now) {
        tick = now;
        for (Job job : jobs) {
            if (random.nextDouble() < 0.0002) {
                job.paused = !job.paused;
                job.pausedAt = job.paused ? now : null;
            }
            if (random.nextDouble() < 0.0002) {
                job.lagging = !job.lagging;
            }
            if (!job.paused && !job.lagging && !now.isBefore(job.nextRun)) {
                job.lastRun = now;
                job.nextRun = now.plus(Duration.ofMinutes(job.everyMinutes));
                job.ok = random.nextInt(12) != 0;
                job.completed++;
            }
        }
    }

    List<SubjectSeen> seen() {
        List<SubjectSeen> seen = new ArrayList<>();
        for (Job job : jobs) {
            seen.add(new SubjectSeen("cron:job:default/" + job.id, "CronJobRead", job.lastRun, job.payload()));
        }
        seen.add(new SubjectSeen("cron:runner:default", "CronRunnerRead", null, runner()));
        return seen;
    }

    private ObjectNode runner() {
        ObjectNode payload = NODES.objectNode();
        payload.put("home", "default");
        ObjectNode pid = payload.putObject("gateway_pid");
        pid.put("form", "json").put("pid", 31_337).put("start_time", 1_767_225_600L);
        pid.putObject("record").put("pid", 31_337).put("start_time", 1_767_225_600L);
        payload.putObject("gateway_state").put("gateway_state", "running").put("pid", 31_337);
        payload.put("clean_shutdown", false);
        payload.putObject("process")
                .put("pid", 31_337)
                .put("from", "gateway.pid")
                .put("check", "alive");
        payload.put("liveness", "running");
        payload.put("liveness_signal", "gateway.pid pid 31337");
        payload.putObject("ticker").put("heartbeat_at", tick.toString()).put("last_success_at", tick.toString());
        payload.putArray("orphan_output_dirs");
        payload.put("jobs_skipped", 0);
        payload.put("zone", "UTC");
        return payload;
    }

    private static final class Job {
        final String id;
        final String name;
        final int everyMinutes;
        Instant created;
        Instant lastRun;
        Instant nextRun;
        Instant pausedAt;
        boolean paused;
        boolean lagging;
        boolean ok = true;
        int completed;

        Job(String id, String name, int everyMinutes) {
            this.id = id;
            this.name = name;
            this.everyMinutes = everyMinutes;
        }

        ObjectNode payload() {
            ObjectNode job = NODES.objectNode();
            job.put("id", id);
            job.put("name", name);
            job.put("prompt", "Simulated scheduled prompt for " + name + ": summarise and file what changed.");
            String expr = everyMinutes < 60
                    ? "*/" + everyMinutes + " * * * *"
                    : everyMinutes < 1_440 ? "0 */" + everyMinutes / 60 + " * * *" : "0 9 * * *";
            job.putObject("schedule").put("kind", "cron").put("expr", expr).put("display", expr);
            job.put("schedule_display", expr);
            job.putObject("repeat").putNull("times").put("completed", completed);
            job.put("enabled", !paused);
            job.put("state", paused ? "paused" : "scheduled");
            job.put("created_at", created.toString());
            job.put("next_run_at", nextRun.toString());
            job.put("last_run_at", lastRun.toString());
            job.put("paused_at", pausedAt == null ? null : pausedAt.toString());
            job.put("last_status", ok ? "ok" : "error");
            job.put("last_error", ok ? null : "RuntimeError: provider returned HTTP 500");
            job.put("deliver", "local");
            job.putNull("origin");
            ObjectNode payload = NODES.objectNode();
            payload.put("home", "default");
            payload.set("job", job);
            payload.put("state", paused ? "paused" : "scheduled");
            payload.put("zone", "UTC");
            payload.put("zone_from", "config.yaml");
            payload.putArray("unparsed_times");
            payload.put("next_run_at", nextRun.toString());
            payload.put("last_run_at", lastRun.toString());
            payload.put("created_at", created.toString());
            payload.put("paused_at", pausedAt == null ? null : pausedAt.toString());
            payload.putNull("run_claim_at");
            payload.put("naive_timestamps", false);
            payload.putObject("outputs").put("count", completed).putArray("recent");
            return payload;
        }
    }
}
