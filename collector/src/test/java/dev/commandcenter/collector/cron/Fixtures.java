package dev.commandcenter.collector.cron;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commandcenter.collector.host.LiveProcess;
import dev.commandcenter.collector.host.ProcessTable;
import dev.commandcenter.testing.FixtureFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** The Hermes fixtures on the test classpath, and process tables that say what a scenario needs. */
final class Fixtures {

    static final String RUNNING = "v0.18.2-306e2d23/running";
    static final String STOPPED = "v0.18.2-306e2d23/stopped";
    static final String CRASHED = "v0.18.2-306e2d23/crashed";
    static final String LEGACY = "v0.1.0-bf75c450/legacy";

    private Fixtures() {}

    static Path scenarioDir(String scenario) {
        return FixtureFiles.path("hermes/" + scenario);
    }

    static HermesHome home(String scenario) {
        return new HermesHome("default", scenarioDir(scenario).resolve("hermes-home"));
    }

    static JsonNode scenario(String scenario) throws IOException {
        return FixtureFiles.json(scenarioDir(scenario).resolve("scenario.json"));
    }

    /** No process is alive. */
    static ProcessTable nothingAlive() {
        return new ProcessTable() {
            @Override
            public Optional<LiveProcess> find(long pid) {
                return Optional.empty();
            }
        };
    }

    /** Exactly one process is alive, started at {@code startTicks}. */
    static ProcessTable alive(long alivePid, long startTicks) {
        return new ProcessTable() {
            @Override
            public Optional<LiveProcess> find(long pid) {
                return pid == alivePid ? Optional.of(new LiveProcess(pid, null, startTicks, null)) : Optional.empty();
            }
        };
    }
}
