package dev.commandcenter.collector.cron;

import dev.commandcenter.collector.SourceFailure;
import dev.commandcenter.collector.host.ProcessTable;
import dev.commandcenter.observation.SubjectSeen;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One home's files to subjects: its jobs ({@code cron:job:<home>/<id>}) and its runner ({@code cron:runner:<home>}). */
final class HermesHomeParser {

    private HermesHomeParser() {}

    /**
     * @throws SourceFailure {@code MALFORMED} when {@code jobs.json} cannot be read as a jobs file
     */
    static List<SubjectSeen> parse(
            HermesFiles files, Optional<ZoneId> configuredZone, ZoneId systemZone, ProcessTable processes)
            throws SourceFailure {
        HermesZone zone = HermesZone.resolve(configuredZone, files.configYaml(), systemZone);
        // No jobs.json yet is how Hermes starts: no jobs, not an error.
        JobsFileParser.Jobs jobs = files.jobsJson().isPresent()
                ? JobsFileParser.parse(files.home(), files.jobsJson().get(), zone, files.outputs())
                : new JobsFileParser.Jobs(List.of(), 0);
        List<String> ids = jobs.seen().stream()
                .map(s -> s.subject().substring(files.home().jobScope().length()))
                .toList();
        List<SubjectSeen> seen = new ArrayList<>(jobs.seen());
        seen.add(RunnerParser.parse(files, processes, ids, jobs.skipped(), zone));
        return seen;
    }
}
