package dev.commandcenter.log;

import dev.commandcenter.observation.Observation;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The subjects of recent checkpoints decoded, and the changes read after each, decoded as they are read:
 * what replays at different instants of the same stretch of the log share. A source as large as
 * Gitea is checkpointed about once a day, so replays at random instants of a day start from one or two
 * checkpoints; decoding its thousand-odd payloads at every replay was most of a replay's work and
 * garbage. A checkpoint and every row of the log never change once written (the tables are
 * append-only), so what is kept here is never stale: a poll appended later adds rows, read by the
 * next replay like any other, and a checkpoint it brings has an id of its own. Bounded by payload
 * characters, least recently used first.
 */
final class CheckpointStates {

    /** Keeps nothing: every read decodes what it needs. */
    static final CheckpointStates NONE = new CheckpointStates(0);

    private final long keptChars;
    private final LinkedHashMap<Long, Decoded> byCheckpoint = new LinkedHashMap<>(16, 0.75f, true);
    private long chars;

    CheckpointStates(long keptChars) {
        this.keptChars = keptChars;
    }

    boolean keeps() {
        return keptChars > 0;
    }

    /** The decoded subjects of a checkpoint, if kept. */
    synchronized Decoded get(long checkpointId) {
        return byCheckpoint.get(checkpointId);
    }

    /** Keeps a checkpoint's decoded subjects. */
    synchronized Decoded keep(long checkpointId, Map<String, Observation> subjects) {
        Decoded decoded = new Decoded(Map.copyOf(subjects));
        Decoded before = byCheckpoint.put(checkpointId, decoded);
        chars += decoded.chars - (before == null ? 0 : before.chars);
        evictBeyondBound(decoded);
        return decoded;
    }

    /** Counts what a read added to a kept checkpoint's decoded changes, and keeps the total bounded. */
    synchronized void grew(Decoded decoded, long addedChars) {
        if (addedChars == 0) {
            return;
        }
        decoded.chars += addedChars;
        if (byCheckpoint.containsValue(decoded)) {
            chars += addedChars;
            evictBeyondBound(decoded);
        }
    }

    private void evictBeyondBound(Decoded newest) {
        for (Iterator<Decoded> it = byCheckpoint.values().iterator(); chars > keptChars && it.hasNext(); ) {
            Decoded eldest = it.next();
            if (eldest == newest) {
                continue;
            }
            chars -= eldest.chars;
            it.remove();
        }
    }

    /** One checkpoint's subjects, and the changes after it decoded so far (by sequence number). */
    static final class Decoded {
        final Map<String, Observation> subjects;
        final Map<Long, Observation> changes = new ConcurrentHashMap<>();
        private long chars;

        private Decoded(Map<String, Observation> subjects) {
            this.subjects = subjects;
            this.chars = subjects.values().stream().mapToLong(Decoded::chars).sum();
        }

        static long chars(Observation o) {
            return o.payload() == null ? 0 : o.payload().length();
        }
    }
}
