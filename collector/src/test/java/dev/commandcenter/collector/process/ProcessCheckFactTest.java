package dev.commandcenter.collector.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.commandcenter.collector.agents.AgentTarget;
import dev.commandcenter.collector.hermes.HermesLiveness;
import dev.commandcenter.collector.host.ProcessTable;
import dev.commandcenter.fact.ProcessCheckFact;
import dev.commandcenter.fact.ProcessVerdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the agent health view reads of a process check, read back from the payloads the check writes. */
class ProcessCheckFactTest {

    private static final long SELF = ProcessHandle.current().pid();

    @TempDir
    Path dir;

    private final ProcessCheck check = new ProcessCheck(new ProcessTable(), new HermesLiveness(), Set.of("build-box"));

    @Test
    void aLiveProcessIsAliveWithItsPidAndNoReason() throws IOException {
        Files.writeString(dir.resolve("worker.pid"), SELF + "\n");

        ProcessCheckFact fact = read(agent("pid-file:" + dir.resolve("worker.pid"), null));

        assertEquals("worker", fact.agent());
        assertEquals(ProcessVerdict.ALIVE, fact.verdict());
        assertEquals(List.of(SELF), fact.pids());
        assertNull(fact.reason());
    }

    @Test
    void anExitedProcessIsMissingWithTheReason() throws Exception {
        Process exited = new ProcessBuilder("true").start();
        exited.waitFor();
        Files.writeString(dir.resolve("worker.pid"), Long.toString(exited.pid()));

        ProcessCheckFact fact = read(agent("pid-file:" + dir.resolve("worker.pid"), null));

        assertEquals(ProcessVerdict.MISSING, fact.verdict());
        assertEquals("no process " + exited.pid(), fact.reason());
    }

    @Test
    void aPidOnAnotherHostOrNoneAtAllIsNeitherAliveNorMissing() throws IOException {
        Path heartbeat = Files.writeString(
                dir.resolve("worker.json"), "{\"pid\": " + SELF + ", \"host\": \"gpu-box\", \"written_at\": null}");

        assertEquals(ProcessVerdict.OTHER_HOST, read(agent(null, heartbeat)).verdict());
        assertEquals(ProcessVerdict.NO_PID, read(agent(null, null)).verdict());
        assertEquals(List.of(), read(agent(null, null)).pids());
    }

    private ProcessCheckFact read(AgentTarget agent) {
        return ProcessCheckFact.READER.read(check.check(agent));
    }

    private static AgentTarget agent(String process, Path heartbeat) {
        return new AgentTarget(
                "worker", true, heartbeat, process, null, Duration.ofHours(2), Duration.ofMinutes(10), "worker", null);
    }
}
