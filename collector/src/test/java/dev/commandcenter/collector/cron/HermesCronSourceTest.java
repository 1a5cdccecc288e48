package dev.commandcenter.collector.cron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.commandcenter.collector.SourceFailure;
import dev.commandcenter.collector.SourceSnapshot;
import dev.commandcenter.observation.ReadOutcome;
import dev.commandcenter.observation.SubjectSeen;
import dev.commandcenter.testing.TestConfigs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HermesCronSourceTest {

    @Test
    void withoutAHomeTheSourceIsUnconfiguredAndSaysWhatToSet() {
        HermesCronSource source = new HermesCronSource(config(Optional.empty(), Map.of()), Fixtures.nothingAlive());
        SourceFailure failure = assertThrows(SourceFailure.class, source::poll);
        assertEquals(ReadOutcome.UNCONFIGURED, failure.outcome());
        assertTrue(failure.getMessage().contains("command-center.hermes.home"), failure.getMessage());
    }

    @Test
    void aHalfWrittenJobsFileInTheOnlyHomeFailsThePollAsMalformed(@TempDir Path home) throws Exception {
        Files.createDirectories(home.resolve("cron"));
        Files.writeString(home.resolve("cron/jobs.json"), "{\"jobs\": [{\"id\": \"3211b8a1b2aa\", \"name\": \"hourly");
        HermesCronSource source = new HermesCronSource(config(Optional.of(home), Map.of()), Fixtures.nothingAlive());

        SourceFailure failure = assertThrows(SourceFailure.class, source::poll);
        assertEquals(ReadOutcome.MALFORMED, failure.outcome());
    }

    @Test
    void aBrokenHomeBesideAGoodOneIsAPartialReadThatKeepsTheBrokenHomesLastState(@TempDir Path broken)
            throws Exception {
        Files.createDirectories(broken.resolve("cron"));
        Files.writeString(broken.resolve("cron/jobs.json"), "<html>502 Bad Gateway</html>");
        HermesCronSource source = new HermesCronSource(
                config(
                        Optional.empty(),
                        Map.of("ops", Fixtures.home(Fixtures.RUNNING).dir(), "lab", broken)),
                Fixtures.nothingAlive());

        SourceSnapshot snapshot = source.poll();
        assertEquals(ReadOutcome.PARTIAL, snapshot.outcome());
        assertEquals(List.of("cron:job:lab/", "cron:runner:lab"), snapshot.unreadScopes());
        assertTrue(snapshot.seen().stream().map(SubjectSeen::subject).anyMatch("cron:job:ops/3211b8a1b2aa"::equals));
        assertTrue(snapshot.note().contains("Hermes home lab"), snapshot.note());
    }

    @Test
    void aMissingHomeDirectoryIsUnreachable(@TempDir Path parent) {
        HermesCronSource source =
                new HermesCronSource(config(Optional.of(parent.resolve("nope")), Map.of()), Fixtures.nothingAlive());
        assertEquals(
                ReadOutcome.UNREACHABLE,
                assertThrows(SourceFailure.class, source::poll).outcome());
    }

    static HermesConfig config(Optional<Path> home, Map<String, Path> homes) {
        Map<String, String> settings = new TreeMap<>();
        home.ifPresent(dir -> settings.put("home", dir.toString()));
        homes.forEach((name, dir) -> settings.put("homes.\"" + name + "\"", dir.toString()));
        return TestConfigs.of(HermesConfig.class, settings);
    }
}
