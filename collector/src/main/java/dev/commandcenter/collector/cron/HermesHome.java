package dev.commandcenter.collector.cron;

import java.nio.file.Path;

/**
 * One Hermes home directory to read, under the name it has in subject keys.
 *
 * @param name the home's name in {@code cron:job:<name>/<id>} and {@code cron:runner:<name>}
 * @param dir  the directory ({@code $HERMES_HOME}, or a profile under it)
 */
public record HermesHome(String name, Path dir) {

    public String jobScope() {
        return "cron:job:" + name + "/";
    }

    public String jobSubject(String jobId) {
        return jobScope() + jobId;
    }

    public String runnerSubject() {
        return "cron:runner:" + name;
    }
}
