package dev.commandcenter.collector.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ProcessTableTest {

    private final ProcessTable table = new ProcessTable();

    @Test
    void aLiveProcessCountsOnlyWithItsOwnStartTimeAndNotAfterItIsKilled() throws Exception {
        Process process = new ProcessBuilder("sleep", "30").start();
        try {
            long pid = process.pid();
            long start = table.startTimeOf(pid).orElseThrow().orElseThrow();

            assertEquals(ProcessTable.Liveness.ALIVE, table.check(pid, start));
            assertEquals(
                    ProcessTable.Liveness.PID_REUSED,
                    table.check(pid, start + 1),
                    "same pid, another start time: a recycled pid is not the gateway");
            assertEquals(ProcessTable.Liveness.ALIVE_UNVERIFIED, table.check(pid, null));
        } finally {
            process.destroyForcibly();
            assertTrue(process.waitFor(5, TimeUnit.SECONDS));
        }
        assertEquals(ProcessTable.Liveness.DEAD, table.check(process.pid(), null));
    }

    @Test
    void readsField22OfAStatLineWhoseCommandHasSpacesAndParentheses() {
        String stat = "7114 (python (gw) x) S 1 7114 7114 0 -1 4194560 1 0 0 0 0 0 0 0 20 0 1 0 996808 1000 10";
        assertEquals(996808, ProcessTable.startTicks(stat).orElseThrow());
    }
}
