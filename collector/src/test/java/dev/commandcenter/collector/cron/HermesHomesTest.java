package dev.commandcenter.collector.cron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.commandcenter.collector.SourceFailure;
import dev.commandcenter.observation.ReadOutcome;
import dev.commandcenter.testing.TestConfigs;
import java.nio.file.Files;
import java.nio.file.Path;
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
        assertEquals(
                List.of(new HermesHome("default", Path.of("hermes"))),
                HermesHomes.resolve(none, name -> name.equals("HERMES_HOME") ? "hermes" : null));

        HermesConfig set = HermesCronSourceTest.config(Optional.of(Path.of("../hermes")), Map.of());
        assertEquals(
                List.of(new HermesHome("default", Path.of("../hermes"))),
                HermesHomes.resolve(set, name -> "hermes"),
                "the setting wins over the variable");
    }

    @Test
    void profilesLiveUnderTheHomeAndFurtherHomesKeepTheirNames() {
        HermesConfig config = TestConfigs.of(
                HermesConfig.class, Map.of("home", "../hermes", "profiles", "work,lab", "homes.\"ops\"", "ops-hermes"));
        assertEquals(
                List.of(
                        new HermesHome("default", Path.of("../hermes")),
                        new HermesHome("lab", Path.of("../hermes/profiles/lab")),
                        new HermesHome("work", Path.of("../hermes/profiles/work")),
                        new HermesHome("ops", Path.of("ops-hermes"))),
                HermesHomes.resolve(config, name -> null));
    }

    @Test
    void aJobsFileFarLargerThanHermesWritesIsMalformed(@TempDir Path home) throws Exception {
        Files.createDirectories(home.resolve("cron"));
        Files.write(home.resolve("cron/jobs.json"), new byte[HermesHomeReader.MAX_FILE_BYTES + 1]);
        SourceFailure failure =
                assertThrows(SourceFailure.class, () -> HermesHomeReader.read(new HermesHome("default", home)));
        assertEquals(ReadOutcome.MALFORMED, failure.outcome());
        assertTrue(failure.getMessage().contains("jobs.json is larger than"), failure.getMessage());
    }
}
