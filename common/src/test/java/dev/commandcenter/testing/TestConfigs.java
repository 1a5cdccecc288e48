package dev.commandcenter.testing;

import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.runtime.configuration.PathConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * Configuration for tests, built by SmallRye Config from the mapping itself: what a test does not
 * set keeps the mapping's own {@code @WithDefault}, so no test restates a default.
 */
public final class TestConfigs {

    private TestConfigs() {}

    /**
     * @param settings values by name under the mapping's prefix, e.g. {@code homes."ops"} for
     *                 {@code command-center.hermes.homes."ops"}; an empty value counts as unset
     */
    public static <T> T of(Class<T> mapping, Map<String, String> settings) {
        String prefix = mapping.getAnnotation(ConfigMapping.class).prefix();
        Map<String, String> properties = new TreeMap<>();
        settings.forEach((name, value) -> properties.put(prefix + "." + name, value));
        return new SmallRyeConfigBuilder()
                // Quarkus' own converters, so that values read as in application.properties ("60s").
                .withConverter(Duration.class, 200, new DurationConverter())
                .withConverter(Path.class, 200, new PathConverter())
                .withSources(new PropertiesConfigSource(properties, "test settings", 400))
                .withMapping(mapping)
                .build()
                .getConfigMapping(mapping);
    }
}
