package dev.commandcenter.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.commandcenter.observation.Observation;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Facts are kept by content hash, never handed out for a text they were not read from. */
class FactsTest {

    private static final String READ = "{\"html_url\":\"https://forge.example/acme/tools\"}";
    private static final String UNREAD =
            "{\"html_url\":\"https://forge.example/acme/tools\",\"command_center\":{\"read\":{\"state\":\"unread\"}}}";

    @Test
    void aPayloadReadAgainUnderItsHashIsTheFactAlreadyDecoded() {
        RepositoryFact first = Facts.of(stored("hash-read-again", READ), RepositoryFact.class, RepositoryFact.READER);
        RepositoryFact again =
                Facts.of(stored("hash-read-again", new String(READ)), RepositoryFact.class, RepositoryFact.READER);
        assertSame(first, again);
    }

    @Test
    void anotherTextUnderTheSameHashIsReadAsItself() {
        // A hash that does not name its text (as a hand-made observation may carry) must not lend its fact.
        RepositoryFact read = Facts.of(stored("hash-shared", READ), RepositoryFact.class, RepositoryFact.READER);
        RepositoryFact unread = Facts.of(stored("hash-shared", UNREAD), RepositoryFact.class, RepositoryFact.READER);
        assertEquals(false, read.unread());
        assertTrue(unread.unread(), "the repository the second text says is unread shows unread");
    }

    private static Observation stored(String hash, String payload) {
        Instant at = Instant.parse("2026-06-30T12:00:00Z");
        return new Observation(1, 1, "gitea", "gitea:repo:acme/tools", at, null, "Repository", hash, payload, false);
    }
}
