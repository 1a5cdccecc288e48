package dev.commandcenter.collector.cron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.commandcenter.collector.SourceFailure;
import dev.commandcenter.observation.ReadOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HermesHomesTest {

    @Test
    void theHomeComesFromTheSettingElseFromHermesHomeAndNeverFromAGuess() {
        HermesConfig none = HermesCronSourceTest.config(Optional.empty(), Map.of());
        assertEquals(List.of(), HermesHomes.resolve(none, name -> null), "no setting, no variable: nothing");
        assertEquals(List.of(new HermesHome("default", Path.of("hermes"))),
                HermesHomes.resolve(none, name -> name.equals("HERMES_HOME") ? "hermes" : null));

        HermesConfig set = HermesCronSourceTest.config(Optional.of(Path.of("../hermes")), Map.of());
        assertEquals(List.of(new HermesHome("default", Path.of("../hermes"))),
                HermesHomes.resolve(set, name -> "hermes"), "the setting wins over the variable");
    }

    @Test
    void profilesLiveUnderTheHomeAndFurtherHomesKeepTheirNames() {
        HermesConfig config = new ProfilesConfig(Optional.of(Path.of("../hermes")), List.of("work", "lab"),
                Map.of("ops", Path.of("ops-hermes")));
        assertEquals(List.of(new HermesHome("default", Path.of("../hermes")),
                new HermesHome("lab", Path.of("../hermes/profiles/lab")),
                new HermesHome("work", Path.of("../hermes/profiles/work")),
                new HermesHome("ops", Path.of("ops-hermes"))), HermesHomes.resolve(config, name -> null));
    }

    @Test
    void aJobsFileFarLargerThanHermesWritesIsMalformed(@TempDir Path home) throws Exception {
        Files.createDirectories(home.resolve("cron"));
        Files.write(home.resolve("cron/jobs.json"), new byte[HermesHomeReader.MAX_FILE_BYTES + 1]);
        SourceFailure failure = assertThrows(SourceFailure.class,
                () -> HermesHomeReader.read(new HermesHome("default", home)));
        assertEquals(ReadOutcome.MALFORMED, failure.outcome());
        assertTrue(failure.getMessage().contains("jobs.json is larger than"), failure.getMessage());
    }

    private record ProfilesConfig(Optional<Path> home, List<String> profileNames, Map<String, Path> homes)
            implements HermesConfig {
        @Override
        public String homeName() {
            return "default";
        }

        @Override
        public Optional<List<String>> profiles() {
            return Optional.of(profileNames);
        }

        @Override
        public Optional<String> timeZone() {
            return Optional.empty();
        }

        @Override
        public Duration interval() {
            return Duration.ofSeconds(60);
        }

        @Override
        public Duration timeout() {
            return Duration.ofSeconds(10);
        }

        @Override
        public Optional<Duration> staleAfter() {
            return Optional.empty();
        }
    }
}
