package dev.commandcenter.query.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.commandcenter.observation.Freshness;
import dev.commandcenter.observation.ReadOutcome;
import dev.commandcenter.observation.SourceRead;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HostReadsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:10:00Z");
    private static final Duration BOUND = Duration.ofMinutes(3);

    @Test
    void aHostThatStoppedReportingShowsItsSourceStaleAndNamesTheHostWhileTheOtherStaysLive() {
        SourceRead fromBuildBox = read("build-box", NOW.minus(Duration.ofMinutes(9)), ReadOutcome.OK);
        SourceRead fromGpuBox = read("gpu-box", NOW.minusSeconds(20), ReadOutcome.OK);

        List<SourceStatus> rows = HostReads.statuses(
                "collector",
                "The collector process itself",
                List.of(
                        new HostReads("build-box", Optional.of(fromBuildBox), Optional.of(fromBuildBox)),
                        new HostReads("gpu-box", Optional.of(fromGpuBox), Optional.of(fromGpuBox))),
                NOW);

        assertEquals(2, rows.size(), "one row per collector host");
        SourceStatus stopped = rows.get(0);
        assertEquals(Freshness.STALE, stopped.freshness());
        assertEquals("build-box", stopped.lastRead().host());
        assertTrue(
                stopped.reason().contains("collector host build-box has not reported since 2026-03-02T09:01:00Z"),
                stopped.reason());
        SourceStatus running = rows.get(1);
        assertEquals(Freshness.LIVE, running.freshness());
        assertNull(running.reason());
        assertEquals("gpu-box", running.lastRead().host());
    }

    @Test
    void aFailedReadNamesTheHostItFailedOn() {
        SourceRead failed = read("gpu-box", NOW.minusSeconds(5), ReadOutcome.TIMEOUT);

        SourceStatus row = HostReads.status("gitea", "Gitea", Optional.of(failed), Optional.empty(), NOW);

        assertEquals(Freshness.UNKNOWN, row.freshness());
        assertTrue(row.reason().startsWith("last read failed (timeout)"), row.reason());
        assertTrue(row.reason().endsWith("(collector host gpu-box)"), row.reason());
    }

    @Test
    void aHostWithoutTheSourceConfiguredStandsAsideWhenAnotherHostReadsIt() {
        SourceRead unconfigured = read("gpu-box", NOW.minusSeconds(10), ReadOutcome.UNCONFIGURED);
        SourceRead ok = read("build-box", NOW.minusSeconds(30), ReadOutcome.OK);

        List<SourceStatus> rows = HostReads.statuses(
                "gitea",
                "Gitea",
                List.of(
                        new HostReads("build-box", Optional.of(ok), Optional.of(ok)),
                        new HostReads("gpu-box", Optional.of(unconfigured), Optional.empty())),
                NOW);

        assertEquals(1, rows.size());
        assertEquals(Freshness.LIVE, rows.get(0).freshness());
        assertEquals("build-box", rows.get(0).lastRead().host());
    }

    @Test
    void aSourceConfiguredNowhereStillShowsAsUnknown() {
        SourceRead a = read("build-box", NOW.minusSeconds(30), ReadOutcome.UNCONFIGURED);
        SourceRead b = read("gpu-box", NOW.minusSeconds(10), ReadOutcome.UNCONFIGURED);

        List<SourceStatus> rows = HostReads.statuses(
                "huey",
                "Huey",
                List.of(
                        new HostReads("build-box", Optional.of(a), Optional.empty()),
                        new HostReads("gpu-box", Optional.of(b), Optional.empty())),
                NOW);

        assertEquals(2, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.freshness() == Freshness.UNKNOWN));
        assertTrue(
                rows.get(0).reason().startsWith("not configured"), rows.get(0).reason());
    }

    private static SourceRead read(String host, Instant finished, ReadOutcome outcome) {
        return new SourceRead(
                1,
                "collector",
                host,
                host + "-" + finished,
                finished.minusMillis(50),
                finished,
                outcome,
                outcome == ReadOutcome.TIMEOUT ? "no answer within 10s" : null,
                outcome.delivered() ? 1 : 0,
                0,
                BOUND);
    }
}
