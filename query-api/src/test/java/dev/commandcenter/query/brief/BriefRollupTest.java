package dev.commandcenter.query.brief;

import static dev.commandcenter.log.Polls.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.commandcenter.log.LogReader;
import dev.commandcenter.log.ObservationLog;
import dev.commandcenter.log.Polls;
import dev.commandcenter.log.TestDatabase;
import dev.commandcenter.observation.Freshness;
import dev.commandcenter.observation.ReadOutcome;
import dev.commandcenter.observation.SubjectSeen;
import dev.commandcenter.query.sources.SourcesProjection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class BriefRollupTest {

    private final DataSource db = TestDatabase.inMemory();
    private final ObservationLog log = new ObservationLog(db);
    private final SourcesBrief sources = new SourcesBrief(new SourcesProjection(new LogReader(db)));

    @Test
    void aCommandCenterThatOnlyWatchesItselfIsNotGreen() {
        log.append(Polls.of(
                "collector",
                T0,
                ReadOutcome.OK,
                null,
                List.of(new SubjectSeen(
                        "collector:host:a",
                        "CollectorSeen",
                        null,
                        JsonNodeFactory.instance.objectNode().put("host", "a"))),
                List.of()));
        log.append(
                Polls.of("gitea", T0, ReadOutcome.UNCONFIGURED, "set command-center.gitea.url", List.of(), List.of()));

        BriefPart part = sources.part(T0.plusSeconds(5));
        assertFalse(part.configured(), "the collector's own liveness configures nothing");
        assertEquals(Health.UNKNOWN, BriefProjection.overall(List.of(part)));
        assertEquals("nothing configured yet", BriefProjection.headline(List.of(part)));
    }

    @Test
    void aGreenOverallSaysHowFewAreasAreWatched() {
        List<BriefPart> parts = new ArrayList<>();
        for (BriefArea area : BriefArea.values()) {
            boolean configured = area == BriefArea.SOURCES || area == BriefArea.REVIEWS;
            parts.add(new BriefPart(
                    area,
                    configured ? Health.GREEN : Health.UNKNOWN,
                    "",
                    configured,
                    "/",
                    null,
                    Freshness.LIVE,
                    null,
                    List.of(),
                    Map.of()));
        }

        assertEquals(Health.GREEN, BriefProjection.overall(parts));
        assertEquals("green — 2 of 6 areas watched", BriefProjection.headline(parts));
        assertEquals(2, BriefProjection.watched(parts));
    }

    @Test
    void aLiveConfiguredSourceMakesTheSourcesAreaGreen() {
        log.append(Polls.of(
                "collector",
                T0,
                ReadOutcome.OK,
                null,
                List.of(new SubjectSeen(
                        "collector:host:a",
                        "CollectorSeen",
                        null,
                        JsonNodeFactory.instance.objectNode().put("host", "a"))),
                List.of()));
        log.append(Polls.of("gitea", T0, ReadOutcome.OK, null, List.of(Polls.job("a", "x")), List.of()));
        BriefPart part = sources.part(T0.plusSeconds(5));
        assertEquals(Health.GREEN, part.health());
        assertEquals("1 of 1 configured sources live", part.summary());
    }
}
