package dev.commandcenter.collector.cron;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The zone a home's naive timestamps, run file names and cron expressions are read in: the
 * configured one, else {@code timezone:} in the home's {@code config.yaml} (as Hermes does), else
 * this machine's zone.
 *
 * @param from {@code configured}, {@code config.yaml} or {@code system}
 */
record HermesZone(ZoneId zone, String from) {

    private static final YAMLMapper YAML = new YAMLMapper();

    static HermesZone resolve(Optional<ZoneId> configured, Optional<String> configYaml, ZoneId system) {
        if (configured.isPresent()) {
            return new HermesZone(configured.get(), "configured");
        }
        return configYaml
                .flatMap(HermesZone::fromYaml)
                .map(z -> new HermesZone(z, "config.yaml"))
                .orElseGet(() -> new HermesZone(system, "system"));
    }

    private static Optional<ZoneId> fromYaml(String yaml) {
        try {
            JsonNode timezone = YAML.readTree(yaml).path("timezone");
            return timezone.isTextual() && !timezone.asText().isBlank()
                    ? Optional.of(ZoneId.of(timezone.asText().trim()))
                    : Optional.empty();
        } catch (IOException | RuntimeException e) {
            // An unreadable config.yaml is not the cron registry: fall back to the next rule.
            return Optional.empty();
        }
    }
}
