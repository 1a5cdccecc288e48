package dev.commandcenter.collector.cron;

import dev.commandcenter.observation.SubjectKey;
import java.nio.file.Path;

/**
 * One Hermes home directory to read, under the name it has in subject keys.
 *
 * @param name the home's name in {@code cron:job:<name>/<id>} and {@code cron:runner:<name>}
 * @param dir  the directory ({@code $HERMES_HOME}, or a profile under it)
 */
public record HermesHome(String name, Path dir) {

    public String jobScope() {
        return SubjectKey.CRON_JOB.of(name + "/");
    }

    public String jobSubject(String jobId) {
        return jobScope() + jobId;
    }

    public String runnerSubject() {
        return SubjectKey.CRON_RUNNER.of(name);
    }
}
