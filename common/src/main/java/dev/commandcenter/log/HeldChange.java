package dev.commandcenter.log;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.commandcenter.observation.Observation;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;

/**
 * A change held by the recent log. A subject's newest change keeps its payload as text: the views at
 * now read it every second. Older ones, read only by replays and history walks, keep it deflated on
 * the text of the change after it (a heartbeat differs from the one before by a few fields), every
 * {@value #CHAIN}th on nothing, so that reading one inflates at most {@value #CHAIN}. Eight hours of a
 * `fleet` log's heartbeats, rewritten every minute, are most of the recent log's memory.
 *
 * <p>Texts read back are kept for a while ({@link #INFLATED}): a replay reads a subject's change at
 * its instant once per view that draws on the source (the brief: four or five times), each read
 * inflating the chain after it, and replays and history walks of nearby instants read the same
 * changes again. Kept by the change's identity, they go with the change when the log trims it.
 */
final class HeldChange {

    private static final int CHAIN = 16;

    /** Characters of inflated text kept: a replay's worth of the simulated `fleet`'s chains, several times over. */
    static final long INFLATED_KEPT_CHARS = 4L << 20;

    private static final Cache<HeldChange, String> INFLATED = Caffeine.newBuilder()
            .weakKeys()
            .maximumWeight(INFLATED_KEPT_CHARS)
            .weigher((HeldChange change, String text) -> text.length())
            // upkeep on the caller's thread: no pool thread of its own
            .executor(Runnable::run)
            .build();

    /** The observation; without its payload while packed. */
    private Observation observation;

    private byte[] packed;
    /** The change whose text is the dictionary of {@link #packed}; null when packed on nothing. */
    private HeldChange next;

    HeldChange(Observation observation) {
        this.observation = observation;
    }

    long seq() {
        return observation.seq();
    }

    Instant observedAt() {
        return observation.observedAt();
    }

    boolean gone() {
        return observation.gone();
    }

    /** The observation with its payload. */
    Observation observation() {
        if (packed == null) {
            return observation;
        }
        return observation.withPayload(text());
    }

    private String text() {
        if (packed == null) {
            return observation.payload();
        }
        String kept = INFLATED.getIfPresent(this);
        if (kept != null) {
            return kept;
        }
        String text = inflated();
        INFLATED.put(this, text);
        return text;
    }

    private String inflated() {
        byte[] dictionary = next == null ? null : next.text().getBytes(StandardCharsets.UTF_8);
        try {
            return new String(PayloadStore.inflate(packed, dictionary, observation.seq()), StandardCharsets.UTF_8);
        } catch (SQLException e) {
            throw new IllegalStateException("a held change could not be read back: " + e.getMessage(), e);
        }
    }

    /**
     * Packs this change's text on the text of {@code newer}, the change now after it in its subject's
     * trail; {@code packedSoFar} counts the packs of the trail, to start a new chain every {@value #CHAIN}.
     */
    void packOn(HeldChange newer, int packedSoFar) {
        String text = observation.payload();
        if (packed != null || text == null || newer == null || newer.packed != null) {
            return;
        }
        boolean alone = packedSoFar % CHAIN == 0 || newer.observation.payload() == null;
        byte[] dictionary = alone ? null : newer.observation.payload().getBytes(StandardCharsets.UTF_8);
        packed = PayloadStore.deflate(text.getBytes(StandardCharsets.UTF_8), dictionary);
        next = alone ? null : newer;
        observation = observation.withPayload(null);
    }

    /** Holds the text again, when the change it was packed on is no longer the one after it. */
    void unpack() {
        if (packed != null) {
            observation = observation();
            packed = null;
            next = null;
            INFLATED.invalidate(this);
        }
    }

    /** Whether reading this change needs the text of a change other than {@code change}. */
    boolean packedOnAnother(HeldChange change) {
        return packed != null && next != null && next != change;
    }
}
