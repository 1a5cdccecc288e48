package dev.commandcenter.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.commandcenter.observation.Observation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

    @Test
    void aFleetWhosePresentPayloadsOutgrowTheDefaultRoomHasItsFactsKeptOnceRoomIsMadeForThem() {
        // 40 repositories of 600,000 characters: 24 M, more than the 16 M kept by default.
        List<Observation> present = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String payload = "{\"html_url\":\"https://forge.example/acme/r" + i + "\",\"description\":\""
                    + String.valueOf((char) ('a' + i % 26)).repeat(600_000) + "\"}";
            present.add(stored("hash-room-" + i, payload));
        }
        try {
            assertTrue(decodedAgain(present, "default") > 0, "16 M of room cannot keep 24 M of payloads' facts");

            Facts.keepRoomFor(24_000_000);
            assertEquals(48_000_000, Facts.room(), "room for the present payloads twice over");
            assertEquals(0, decodedAgain(present, "room made"), "every present subject's fact is kept");

            Facts.keepRoomFor(1_000);
            assertEquals(Facts.KEPT_CHARS, Facts.room(), "never less than the default room");
        } finally {
            Facts.keepRoomFor(0);
        }
    }

    /** Reads every observation twice; how many were decoded again the second time. */
    private static long decodedAgain(List<Observation> observations, String round) {
        List<RepositoryFact> first = new ArrayList<>();
        for (Observation o : observations) {
            first.add(Facts.of(o, RepositoryFact.class, RepositoryFact.READER));
        }
        long again = 0;
        for (int i = 0; i < observations.size(); i++) {
            RepositoryFact second = Facts.of(observations.get(i), RepositoryFact.class, RepositoryFact.READER);
            assertEquals(first.get(i), second, round);
            again += second == first.get(i) ? 0 : 1;
        }
        return again;
    }

    private static Observation stored(String hash, String payload) {
        Instant at = Instant.parse("2026-06-30T12:00:00Z");
        return new Observation(1, 1, "gitea", "gitea:repo:acme/tools", at, null, "Repository", hash, payload, false);
    }
}
