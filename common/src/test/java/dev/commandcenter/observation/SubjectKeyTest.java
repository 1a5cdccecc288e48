package dev.commandcenter.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SubjectKeyTest {

    @Test
    void spellsKeysAsTheLogHasAlwaysStoredThem() {
        assertEquals("agent:ops", SubjectKey.AGENT.of("ops"));
        assertEquals("process:ops", SubjectKey.PROCESS.of("ops"));
        assertEquals("endpoint:vllm", SubjectKey.ENDPOINT.of("vllm"));
        assertEquals("collector:host:a1", SubjectKey.COLLECTOR_HOST.of("a1"));
        assertEquals("cron:job:default/3211b8a1b2aa", SubjectKey.CRON_JOB.of("default/3211b8a1b2aa"));
        assertEquals("cron:runner:default", SubjectKey.CRON_RUNNER.of("default"));
        assertEquals("huey:queue:default", SubjectKey.HUEY_QUEUE.of("default"));
        assertEquals("huey:consumer:huey.log", SubjectKey.HUEY_CONSUMER.of("huey.log"));
        assertEquals("huey:periodic:nightly", SubjectKey.HUEY_PERIODIC.of("nightly"));
        assertEquals("gitea:repo:acme/api", SubjectKey.GITEA_REPO.of("acme/api"));
        assertEquals("gitea:pr:acme/api#42", SubjectKey.GITEA_PR.of("acme/api", 42));
        assertEquals("gitea:issue:acme/api#", SubjectKey.GITEA_ISSUE.inRepo("acme/api"));
        assertTrue(SubjectKey.GITEA_PR.of("acme/api", 42).startsWith(SubjectKey.EVERY_GITEA));
    }

    @Test
    void readsTheNameAndTheRepositoryBackOutOfAKey() {
        assertTrue(SubjectKey.AGENT.matches("agent:ops"));
        assertFalse(SubjectKey.AGENT.matches("process:ops"));
        assertEquals("ops", SubjectKey.AGENT.nameOf("agent:ops"));
        assertEquals("acme/api", SubjectKey.repoOf("gitea:issue:acme/api#7"));
        assertEquals("acme/api", SubjectKey.repoOf("gitea:pr:acme/api#42"));
    }
}
