package dev.commandcenter.log;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides how each changed payload of an append is stored (see {@link PayloadStore}). A payload stored
 * recently (an agent flipping between two states, an endpoint going down and up) is only referred to. A new
 * one is stored on its subject's base when that costs at most a quarter of its size, else whole, and then
 * becomes the subject's base. A subject new to the log tries the last whole payload of its kind as base,
 * which holds the same embedded users, repositories and settings.
 */
final class PayloadWriter {

    /** Payloads stored on one base before the next is stored whole. */
    static final int DELTAS_PER_BASE = 64;
    /** Content hashes of recently stored payloads remembered for reuse; an older recurrence is stored again. */
    private static final int REMEMBERED = 16_384;

    /** Per source and kind, the last whole payload stored. Changed only once the append that stored it committed. */
    private final Map<String, KnownState.Base> kindBases = new ConcurrentHashMap<>();
    /** Content hash to payload id of recently stored payloads. Changed only after commits. */
    private final Map<String, Long> recent = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** A changed payload: its subject's state before, its content hash and canonical text. */
    record Pending(String kind, String hash, byte[] text, KnownState before) {}

    /** What the observation's {@code payload} column holds (a reference, or the text), and the subject's base after. */
    record Placed(String column, KnownState.Base base) {}

    /** The payloads of one append, stored in the caller's transaction, and what its commit publishes. */
    record Plan(List<Placed> placed, Map<String, KnownState.Base> kindBases, Map<String, Long> stored) {}

    /** Stores what is new among {@code pending}, in order, within the caller's transaction. */
    Plan store(Connection connection, String source, List<Pending> pending) throws SQLException {
        if (pending.isEmpty()) {
            return new Plan(List.of(), Map.of(), Map.of());
        }
        try (PayloadStore.Inserter inserter = new PayloadStore.Inserter(connection)) {
            return store(connection, inserter, source, pending);
        }
    }

    private Plan store(Connection connection, PayloadStore.Inserter inserter, String source, List<Pending> pending)
            throws SQLException {
        Map<String, KnownState.Base> newKindBases = new HashMap<>();
        Map<String, Long> stored = new HashMap<>();
        Map<String, Integer> onBaseIndex = new HashMap<>();
        List<PayloadStore.Encoded> onBase = new ArrayList<>();
        List<Object> outcome = new ArrayList<>(pending.size());
        List<KnownState.Base> bases = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            KnownState.Base own = p.before() == null ? null : p.before().base();
            Long id = stored.containsKey(p.hash()) ? stored.get(p.hash()) : remembered(p.hash());
            if (id != null || onBaseIndex.containsKey(p.hash())) {
                outcome.add(id != null ? (Object) id : onBaseIndex.get(p.hash()));
                bases.add(own);
                continue;
            }
            String key = source + '\0' + p.kind();
            KnownState.Base base = own != null
                    ? (own.deltas() < DELTAS_PER_BASE ? own : null)
                    : newKindBases.getOrDefault(key, kindBases.get(key));
            if (base != null) {
                byte[] baseText = PayloadStore.wholeText(connection, base.id(), base.hash())
                        .getBytes(StandardCharsets.UTF_8);
                PayloadStore.Encoded delta = PayloadStore.onBase(p.hash(), p.text(), base.id(), base.hash(), baseText);
                if (delta.body().length * 4 <= p.text().length && delta.body().length <= PayloadStore.MAX_BODY) {
                    onBaseIndex.put(p.hash(), onBase.size());
                    outcome.add(onBase.size());
                    onBase.add(delta);
                    bases.add(new KnownState.Base(base.id(), base.hash(), base == own ? own.deltas() + 1 : 1));
                    PayloadStore.remember(p.hash(), new String(p.text(), StandardCharsets.UTF_8));
                    continue;
                }
            }
            PayloadStore.Encoded whole = PayloadStore.whole(p.hash(), p.text());
            if (whole.body().length > PayloadStore.MAX_BODY) {
                outcome.add(new String(p.text(), StandardCharsets.UTF_8));
                bases.add(own);
                continue;
            }
            // Stored at once, so that later payloads of this append may use it as their base.
            long wholeId = inserter.insert(List.of(whole))[0];
            KnownState.Base fresh = new KnownState.Base(wholeId, p.hash(), 0);
            stored.put(p.hash(), wholeId);
            newKindBases.put(key, fresh);
            outcome.add(wholeId);
            bases.add(fresh);
            PayloadStore.remember(p.hash(), new String(p.text(), StandardCharsets.UTF_8));
        }
        long[] ids = inserter.insert(onBase);
        for (int i = 0; i < onBase.size(); i++) {
            stored.put(onBase.get(i).hash(), ids[i]);
        }
        List<Placed> placed = new ArrayList<>(pending.size());
        for (int i = 0; i < pending.size(); i++) {
            Object o = outcome.get(i);
            String column = o instanceof Long id
                    ? PayloadStore.reference(id)
                    : o instanceof Integer index ? PayloadStore.reference(ids[index]) : (String) o;
            placed.add(new Placed(column, bases.get(i)));
        }
        return new Plan(placed, newKindBases, stored);
    }

    /** The append that stored {@code plan} committed: its payloads may now be referred to and serve as bases. */
    void committed(Plan plan) {
        kindBases.putAll(plan.kindBases());
        synchronized (recent) {
            recent.putAll(plan.stored());
        }
    }

    private Long remembered(String hash) {
        synchronized (recent) {
            return recent.get(hash);
        }
    }
}
