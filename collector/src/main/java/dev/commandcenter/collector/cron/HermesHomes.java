package dev.commandcenter.collector.cron;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Resolves the configured Hermes homes; never guesses a user's home directory. */
final class HermesHomes {

    static final String HOME_SETTING = "command-center.hermes.home";
    static final String HOME_VARIABLE = "HERMES_HOME";

    private HermesHomes() {}

    /**
     * @param env reads an environment variable (the process environment in production)
     * @return every home to read, in a stable order; empty when nothing is configured
     */
    static List<HermesHome> resolve(HermesConfig config, UnaryOperator<String> env) {
        List<HermesHome> homes = new ArrayList<>();
        Optional<Path> main = config.home()
                .or(() -> Optional.ofNullable(env.apply(HOME_VARIABLE))
                        .filter(v -> !v.isBlank())
                        .map(Path::of));
        main.ifPresent(dir -> {
            homes.add(new HermesHome(config.homeName(), dir));
            config.profiles().orElse(List.of()).stream()
                    .filter(p -> !p.isBlank())
                    .sorted()
                    .forEach(profile -> homes.add(
                            new HermesHome(profile, dir.resolve("profiles").resolve(profile))));
        });
        config.homes().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> homes.add(new HermesHome(e.getKey(), e.getValue())));
        return homes;
    }
}
