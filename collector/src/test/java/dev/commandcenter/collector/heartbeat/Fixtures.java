package dev.commandcenter.collector.heartbeat;

import dev.commandcenter.collector.agents.AgentDirectory;
import dev.commandcenter.collector.agents.AgentsConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Test fixtures from the classpath, and agent settings built without a running configuration. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path path(String resource) {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/" + resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies a fixture folder into a scratch directory, so that tests can change or watch it. */
    public static Path copy(String folder, Path into) {
        Path from = path(folder);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = into.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return into;
    }

    public static AgentsConfig agents(Map<String, AgentsConfig.Agent> agents) {
        return () -> agents;
    }

    public static AgentsConfig.Agent agent(String process, Path heartbeat, Path hermesHome) {
        return new AgentsConfig.Agent() {
            @Override
            public Optional<String> process() {
                return Optional.ofNullable(process);
            }

            @Override
            public Optional<Path> heartbeat() {
                return Optional.ofNullable(heartbeat);
            }

            @Override
            public Duration stuckAfter() {
                return Duration.ofHours(2);
            }

            @Override
            public Duration heartbeatMaxAge() {
                return Duration.ofMinutes(10);
            }

            @Override
            public Optional<Path> hermesHome() {
                return Optional.ofNullable(hermesHome);
            }

            @Override
            public Optional<String> giteaLogin() {
                return Optional.empty();
            }

            @Override
            public Optional<String> endpoint() {
                return Optional.empty();
            }
        };
    }

    public static AgentDirectory directory(AgentsConfig agents, Path dir) {
        return new AgentDirectory(agents, Optional.ofNullable(dir));
    }
}
