package dev.commandcenter.transport;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.commandcenter.config.CommandCenterConfig;
import dev.commandcenter.config.Role;
import dev.commandcenter.testing.TestConfigs;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class HandOverGuardTest {

    private static final String OUT = "mp.messaging.outgoing.observations.connector";
    private static final String IN_ENABLED = "mp.messaging.incoming.observations-to-log.enabled";

    @Test
    void refusesACollectorOnlyProcessWhosePollsWouldGoNowhere() {
        HandOverGuard guard = guard(Role.COLLECTOR, Map.of(OUT, "command-center-in-process", IN_ENABLED, "false"));

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> guard.check(null));

        assertTrue(refused.getMessage().contains("collector-only,kafka"), refused.getMessage());
    }

    @Test
    void startsACollectorOnlyProcessThatPublishesToKafka() {
        HandOverGuard guard = guard(Role.COLLECTOR, Map.of(OUT, "smallrye-kafka", IN_ENABLED, "false"));

        assertDoesNotThrow(() -> guard.check(null));
    }

    @Test
    void startsTheSingleJvmDefault() {
        HandOverGuard guard = guard(Role.ALL, Map.of(OUT, "command-center-in-process"));

        assertDoesNotThrow(() -> guard.check(null));
    }

    private static HandOverGuard guard(Role role, Map<String, String> properties) {
        Config config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(new HashMap<>(properties), "test", 100))
                .build();
        return new HandOverGuard(TestConfigs.of(CommandCenterConfig.class, Map.of("role", role.name())), config);
    }
}
