package dev.commandcenter.collector.cron;

import dev.commandcenter.collector.PollTiming;
import dev.commandcenter.collector.Source;
import dev.commandcenter.collector.SourceFailure;
import dev.commandcenter.collector.SourceSnapshot;
import dev.commandcenter.collector.host.ProcessTable;
import dev.commandcenter.observation.KnownSource;
import dev.commandcenter.observation.ReadOutcome;
import dev.commandcenter.observation.SubjectSeen;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Hermes cron registry, run outputs and runner signals of every configured home. A home
 * that cannot be read keeps its last known state (its scopes are unread); if none can, the poll fails
 * with the typed reason of the first.
 */
@ApplicationScoped
public class HermesCronSource implements Source {

    private final HermesConfig config;
    private final ProcessTable processes;

    @Inject
    public HermesCronSource(HermesConfig config, ProcessTable processes) {
        this.config = config;
        this.processes = processes;
    }

    @Override
    public String name() {
        return KnownSource.HERMES.sourceName();
    }

    @Override
    public PollTiming timing() {
        return config;
    }

    @Override
    public SourceSnapshot poll() throws SourceFailure {
        List<HermesHome> homes = HermesHomes.resolve(config, System::getenv);
        if (homes.isEmpty()) {
            throw SourceFailure.unconfigured(
                    HermesHomes.HOME_SETTING + " (or the " + HermesHomes.HOME_VARIABLE + " environment variable)");
        }
        List<SubjectSeen> seen = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        SourceFailure first = null;
        for (HermesHome home : homes) {
            try {
                seen.addAll(HermesHomeParser.parse(
                        HermesHomeReader.read(home), config.zone(), ZoneId.systemDefault(), processes));
            } catch (SourceFailure failure) {
                Log.warnf("Hermes home %s not read: %s", home.name(), failure.getMessage());
                first = first == null ? failure : first;
                unread.add(home.jobScope());
                unread.add(home.runnerSubject());
                errors.add(failure.getMessage());
            }
        }
        if (first != null && seen.isEmpty()) {
            throw first.outcome() == ReadOutcome.UNCONFIGURED
                    ? first
                    : new SourceFailure(first.outcome(), String.join("; ", errors), first);
        }
        return unread.isEmpty()
                ? SourceSnapshot.complete(seen)
                : SourceSnapshot.partial(seen, unread, String.join("; ", errors));
    }
}
