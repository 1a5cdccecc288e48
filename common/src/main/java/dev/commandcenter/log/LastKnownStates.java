package dev.commandcenter.log;

import dev.commandcenter.observation.Observation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per source, the last stored state of each subject (and the host that stored it) and the changes
 * since the last checkpoint: what the next poll is compared with. Loaded from the log on first use, updated only after an
 * append commits, so a rolled-back poll leaves it as the log is. An append works on a {@link Draft}: its own
 * changes over the committed states, so that it costs what it changes, not every subject ever seen (closed pull
 * requests and issues stay known, as gone, for good).
 */
final class LastKnownStates {

    /** One source's subjects as committed; only the appender (one at a time) reads or changes it. */
    private static final class Committed {
        final Map<String, KnownState> subjects;
        /** The subjects not gone, in the order they came. */
        final Set<String> present = new LinkedHashSet<>();
        /** The subjects gone whose gone row is known (not only that they were once seen): checkpoints may carry it. */
        final Set<String> gone = new LinkedHashSet<>();

        long throughSeq = -1;
        int sinceCheckpoint;

        Committed(Map<String, KnownState> subjects) {
            this.subjects = subjects;
            subjects.forEach((subject, state) -> {
                if (!state.gone()) {
                    present.add(subject);
                } else if (state.seq() >= 0) {
                    gone.add(subject);
                }
                throughSeq = Math.max(throughSeq, state.seq());
            });
        }
    }

    /** One append's view of a source: the committed states with this append's changes on top. */
    static final class Draft {
        private final String source;
        private final Committed committed;
        private final Map<String, KnownState> changed = new HashMap<>();

        private Draft(String source, Committed committed) {
            this.source = source;
            this.committed = committed;
        }

        KnownState get(String subject) {
            KnownState state = changed.get(subject);
            return state != null ? state : committed.subjects.get(subject);
        }

        boolean knows(String subject) {
            return changed.containsKey(subject) || committed.subjects.containsKey(subject);
        }

        void put(String subject, KnownState state) {
            changed.put(subject, state);
        }

        /** The subjects present before this append, in the order they came. */
        Set<String> presentBefore() {
            return committed.present;
        }

        int sinceCheckpoint() {
            return committed.sinceCheckpoint;
        }

        /** How many subjects are present with this append's changes. */
        long present() {
            long present = committed.present.size();
            for (Map.Entry<String, KnownState> change : changed.entrySet()) {
                KnownState before = committed.subjects.get(change.getKey());
                present += (change.getValue().gone() ? 0 : 1) - (before == null || before.gone() ? 0 : 1);
            }
            return present;
        }

        /** The highest sequence number of any subject's latest observation, with this append's. */
        long throughSeq() {
            long through = committed.throughSeq;
            for (KnownState state : changed.values()) {
                through = Math.max(through, state.seq());
            }
            return through;
        }

        /** The sequence number of every present subject's latest observation, with this append's changes. */
        List<Long> presentSeqs() {
            List<Long> seqs = new ArrayList<>(committed.present.size() + changed.size());
            for (String subject : committed.present) {
                KnownState state = get(subject);
                if (!state.gone()) {
                    seqs.add(state.seq());
                }
            }
            changed.forEach((subject, state) -> {
                if (!state.gone() && !committed.present.contains(subject)) {
                    seqs.add(state.seq());
                }
            });
            return seqs;
        }

        /** The gone row of every subject gone whose row is known, with this append's changes. */
        List<Long> goneSeqs() {
            List<Long> seqs = new ArrayList<>();
            for (String subject : committed.gone) {
                KnownState state = get(subject);
                if (state.gone() && state.seq() >= 0) {
                    seqs.add(state.seq());
                }
            }
            changed.forEach((subject, state) -> {
                if (state.gone() && state.seq() >= 0 && !committed.gone.contains(subject)) {
                    seqs.add(state.seq());
                }
            });
            return seqs;
        }
    }

    private final Map<String, Committed> bySource = new ConcurrentHashMap<>();

    /** A draft for one append of {@code source}; nothing is changed until it is {@linkplain #committed committed}. */
    Draft draft(Connection connection, String source) throws SQLException {
        Committed known = bySource.get(source);
        if (known == null) {
            known = new Committed(load(connection, source));
            bySource.put(source, known);
        }
        return new Draft(source, known);
    }

    /** The append of {@code draft} committed, {@code sinceCheckpoint} changes after the last checkpoint. */
    void committed(Draft draft, int sinceCheckpoint) {
        Committed known = bySource.get(draft.source);
        if (known != draft.committed) {
            throw new IllegalStateException("two appends of " + draft.source + " at once");
        }
        draft.changed.forEach((subject, state) -> {
            known.subjects.put(subject, state);
            if (state.gone()) {
                known.present.remove(subject);
                if (state.seq() >= 0) {
                    known.gone.add(subject);
                }
            } else {
                known.present.add(subject);
                known.gone.remove(subject);
            }
            known.throughSeq = Math.max(known.throughSeq, state.seq());
        });
        known.sinceCheckpoint = sinceCheckpoint;
    }

    private static Map<String, KnownState> load(Connection connection, String source) throws SQLException {
        Map<String, KnownState> known = new HashMap<>();
        // Subjects that vanished before the last checkpoint are in no checkpoint: they are known, and gone.
        try (PreparedStatement ps = connection.prepareStatement("SELECT subject FROM subject WHERE source = ?")) {
            ps.setString(1, source);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    known.put(rs.getString(1), new KnownState(null, null, true, -1, null));
                }
            }
        }
        Map<String, Observation> latest = SubjectStates.at(connection, source, null);
        Map<Long, String> hosts = ReadHosts.of(
                connection, latest.values().stream().map(Observation::readId).toList());
        for (Observation o : latest.values()) {
            known.put(o.subject(), new KnownState(o.kind(), o.contentHash(), o.gone(), o.seq(), hosts.get(o.readId())));
        }
        return known;
    }
}
