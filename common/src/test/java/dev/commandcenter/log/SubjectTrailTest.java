package dev.commandcenter.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.commandcenter.observation.Observation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A subject's recent changes, packed on one another, read back as they were written. */
class SubjectTrailTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void everyPackedChangeReadsBackWholeAtEveryInstantThroughLateChangesAndPrunes() {
        Random random = new Random(7);
        SubjectTrail trail = new SubjectTrail();
        List<Observation> written = new ArrayList<>();
        Instant start = T0.minusSeconds(1);
        for (int minute = 0; minute < 400; minute++) {
            // now and then a collector host behind: a change with a later sequence but an earlier time
            int late = random.nextInt(20) == 0 ? 1 + random.nextInt(3) : 0;
            Observation o = heartbeat(
                    written.size() + 1, T0.plusSeconds(60L * (minute - late)), minute, random.nextInt(30) == 0);
            trail.add(o);
            written.add(o);
            if (minute % 97 == 96) {
                start = T0.plusSeconds(60L * (minute - 90));
                trail.pruneBefore(start);
            }
            if (minute % 13 == 0 || minute > 390) {
                assertReadsAsWritten(trail, written, start, T0.plusSeconds(60L * minute));
            }
        }
    }

    @Test
    void aChangeBetweenTwoPackedOnesKeepsBothReadable() {
        SubjectTrail trail = new SubjectTrail();
        Observation first = heartbeat(1, T0, 1, false);
        Observation third = heartbeat(3, T0.plusSeconds(120), 3, false);
        Observation fourth = heartbeat(4, T0.plusSeconds(180), 4, false);
        Observation second = heartbeat(2, T0.plusSeconds(60), 2, false);
        trail.add(first);
        trail.add(third);
        trail.add(fourth);
        trail.add(second);

        assertEquals(first, trail.at(T0.plusSeconds(30)));
        assertEquals(second, trail.at(T0.plusSeconds(90)));
        assertEquals(third, trail.at(T0.plusSeconds(150)));
        assertEquals(fourth, trail.at(T0.plusSeconds(600)));
        assertNull(trail.at(T0.minusSeconds(1)));
    }

    @Test
    void packedChangesBeyondAsciiReadBackWholeAlongTheirChain() {
        SubjectTrail trail = new SubjectTrail();
        List<Observation> written = new ArrayList<>();
        for (int minute = 0; minute < 40; minute++) {
            Instant at = T0.plusSeconds(60L * minute);
            // titles with accents, arrows and characters outside the basic plane: several bytes each
            String payload = "{\"title\":\"Réparer la file → étape " + minute + " \uD83D\uDE80\",\"note\":\""
                    + "é".repeat(minute) + "\"}";
            Observation o = new Observation(
                    minute + 1,
                    minute + 1,
                    "gitea",
                    "pr:ops/fleet#7",
                    at,
                    at,
                    "pull_request",
                    "h" + minute,
                    payload,
                    false);
            trail.add(o);
            written.add(o);
        }
        for (Observation o : written) {
            assertEquals(o, trail.at(o.observedAt().plusSeconds(30)), "state at " + o.observedAt());
        }
    }

    private static void assertReadsAsWritten(
            SubjectTrail trail, List<Observation> written, Instant start, Instant now) {
        for (Instant at = start; !at.isAfter(now); at = at.plusSeconds(37)) {
            assertEquals(expectedAt(written, at), trail.at(at), "state at " + at);
            Observation lastPresent = expectedLastPresentBefore(written, at);
            if (lastPresent != null && lastPresent.observedAt().isAfter(start)) {
                // older ones were pruned: the database answers for them
                assertEquals(lastPresent, trail.lastPresentBefore(at), "last present before " + at);
            }
        }
        Instant from = start.plusSeconds(1);
        List<Observation> expected = written.stream()
                .filter(o -> !o.observedAt().isBefore(from) && !o.observedAt().isAfter(now))
                .sorted(LogOrder.BY_TIME)
                .toList();
        assertEquals(expected, trail.between(from, now));
    }

    private static Observation expectedAt(List<Observation> written, Instant at) {
        return written.stream()
                .filter(o -> !o.observedAt().isAfter(at))
                .max(Comparator.comparingLong(Observation::seq))
                .orElse(null);
    }

    private static Observation expectedLastPresentBefore(List<Observation> written, Instant before) {
        return written.stream()
                .filter(o -> !o.gone() && o.observedAt().isBefore(before))
                .max(LogOrder.BY_TIME)
                .orElse(null);
    }

    private static Observation heartbeat(long seq, Instant at, int iteration, boolean gone) {
        String payload = gone
                ? null
                : "{\"agent\":\"builder-07\",\"status\":\"" + (iteration % 5 == 0 ? "idle" : "busy")
                        + "\",\"written_at\":\"" + at + "\",\"loop_iteration\":" + iteration
                        + ",\"claim\":{\"repo\":\"ops/fleet\",\"issue\":" + (100 + iteration / 40) + "}}";
        return new Observation(
                seq, seq, "heartbeats", "agent:builder-07", at, at, "heartbeat", "hash-" + seq, payload, gone);
    }
}
