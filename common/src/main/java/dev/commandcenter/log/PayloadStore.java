package dev.commandcenter.log;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The {@code payload} table: payloads stored once, deflated, each under a sequence id; an observation that
 * carries one has {@code @<id>} in its {@code payload} column instead of the text (no JSON text starts with
 * {@code @}; rows written before keep their text). A payload close to an earlier one is stored as a deflate
 * stream whose preset dictionary is that earlier payload, its base, itself stored whole; so a heartbeat that
 * differs from the last one by a timestamp costs tens of bytes. Reading gives back the exact text that was
 * hashed. A whole payload keeps its content hash, so that its decoded text, cached by hash, serves every
 * payload stored on it.
 *
 * <p>Decoded texts are kept in a small process-wide cache keyed by content hash: the hash names the text,
 * whichever database it came from.
 */
final class PayloadStore {

    /** How the {@code payload} column of an observation refers to a row of this table. */
    static final char REFERENCE = '@';
    /** The one codec: RFC 1951 deflate of the canonical UTF-8 text, with the base's text as preset dictionary if any. */
    static final String DEFLATE = "deflate";
    /** Largest stored body; a larger payload stays inline in its observation row, as before. */
    static final int MAX_BODY = 1_000_000;

    private static final int CACHED_CHARS = 4 << 20;
    private static final Base64.Encoder HASH_TEXT = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder HASH_BYTES = Base64.getUrlDecoder();
    private static final TextCache CACHE = new TextCache();

    private PayloadStore() {}

    /** A payload to store, and the base it is encoded on (null id: stored whole). */
    record Encoded(String hash, Long baseId, String baseHash, byte[] body) {}

    /** Encodes {@code text} whole. */
    static Encoded whole(String hash, byte[] text) {
        return new Encoded(hash, null, null, deflate(text, null));
    }

    /** Encodes {@code text} on a base; the caller keeps the result only if it pays. */
    static Encoded onBase(String hash, byte[] text, long baseId, String baseHash, byte[] baseText) {
        return new Encoded(hash, baseId, baseHash, deflate(text, baseText));
    }

    /** One prepared insert into the payload table, for every payload an append stores. */
    static final class Inserter implements AutoCloseable {
        private final PreparedStatement ps;

        Inserter(Connection connection) throws SQLException {
            ps = connection.prepareStatement(
                    "INSERT INTO payload (hash, base_id, codec, body) VALUES (?, ?, ?, ?)", new String[] {"id"});
        }

        /** Inserts the payloads, batched, in the caller's transaction; their ids, in order. */
        long[] insert(List<Encoded> payloads) throws SQLException {
            long[] ids = new long[payloads.size()];
            if (payloads.isEmpty()) {
                return ids;
            }
            for (Encoded p : payloads) {
                ps.setBytes(1, p.baseId() == null ? HASH_BYTES.decode(p.hash()) : null);
                if (p.baseId() == null) {
                    ps.setNull(2, Types.BIGINT);
                } else {
                    ps.setLong(2, p.baseId());
                }
                ps.setString(3, DEFLATE);
                ps.setBytes(4, p.body());
                ps.addBatch();
            }
            ps.executeBatch();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                for (int i = 0; i < ids.length; i++) {
                    if (!keys.next()) {
                        throw new SQLException("fewer ids than payloads stored");
                    }
                    ids[i] = keys.getLong(1);
                }
            }
            return ids;
        }

        @Override
        public void close() throws SQLException {
            ps.close();
        }
    }

    /** Payloads with the base each was deflated on, if any: what {@link #decoded} reads. */
    private static final String WITH_BASE = " FROM payload p LEFT JOIN payload b ON b.id = p.base_id";

    /** Ids asked for in one query by {@link #texts}. */
    private static final int TEXTS_PER_QUERY = 256;

    static String reference(long id) {
        return REFERENCE + Long.toString(id);
    }

    static boolean isReference(String payloadColumn) {
        return !payloadColumn.isEmpty() && payloadColumn.charAt(0) == REFERENCE;
    }

    /** The text of the payload an observation refers to; {@code hash} is the observation's content hash. */
    static String text(Connection connection, String reference, String hash) throws SQLException {
        String cached = CACHE.get(hash);
        if (cached != null) {
            return cached;
        }
        long id = Long.parseLong(reference, 1, reference.length(), 10);
        String sql = "SELECT p.codec, p.body, b.hash, b.codec, b.body" + WITH_BASE + " WHERE p.id = ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("payload " + id + " is referred to but not stored");
                }
                return CACHE.put(hash, decoded(id, rs, 1));
            }
        }
    }

    /**
     * The texts of the payloads some observations refer to (payload id to the observation's content
     * hash), by id: a query per few hundred, not one each. Those already in memory are not read.
     */
    static Map<Long, String> texts(Connection connection, Map<Long, String> hashById) throws SQLException {
        Map<Long, String> texts = new HashMap<>();
        List<Long> unread = new ArrayList<>();
        hashById.forEach((id, hash) -> {
            String cached = CACHE.get(hash);
            if (cached != null) {
                texts.put(id, cached);
            } else {
                unread.add(id);
            }
        });
        for (int from = 0; from < unread.size(); from += TEXTS_PER_QUERY) {
            List<Long> batch = unread.subList(from, Math.min(unread.size(), from + TEXTS_PER_QUERY));
            String sql = "SELECT p.id, p.codec, p.body, b.hash, b.codec, b.body" + WITH_BASE + " WHERE p.id IN ("
                    + "?, ".repeat(batch.size() - 1) + "?)";
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                for (int i = 0; i < batch.size(); i++) {
                    ps.setLong(i + 1, batch.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        texts.put(id, CACHE.put(hashById.get(id), decoded(id, rs, 2)));
                    }
                }
            }
        }
        return texts;
    }

    /**
     * The texts of the payloads stored with ids from {@code from} to {@code to}, by id: one query for the
     * payloads of a span of the log, which were stored together, instead of one query each. Not kept as
     * recently read (a span is most of the recent log); the caller shares them ({@link #shared}).
     */
    static Map<Long, String> textsBetween(Connection connection, long from, long to) throws SQLException {
        Map<Long, String> texts = new HashMap<>();
        String sql =
                "SELECT p.id, p.codec, p.body, b.hash, b.codec, b.body" + WITH_BASE + " WHERE p.id BETWEEN ? AND ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, from);
            ps.setLong(2, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    texts.put(id, decoded(id, rs, 2));
                }
            }
        }
        return texts;
    }

    /** The text of the payload in the row at {@code column}: codec, body, then its base's hash, codec and body. */
    private static String decoded(long id, ResultSet rs, int column) throws SQLException {
        byte[] dictionary = null;
        byte[] baseHash = rs.getBytes(column + 2);
        if (baseHash != null) {
            dictionary = baseText(HASH_TEXT.encodeToString(baseHash), rs.getString(column + 3), rs.getBytes(column + 4))
                    .getBytes(StandardCharsets.UTF_8);
        }
        return new String(
                inflate(checked(rs.getString(column), id, rs.getBytes(column + 1)), dictionary, id),
                StandardCharsets.UTF_8);
    }

    /** The id a payload column refers to. */
    static long referredId(String reference) {
        return Long.parseLong(reference, 1, reference.length(), 10);
    }

    /** The text of a payload stored whole (a base), by id; {@code hash} is its content hash. */
    static String wholeText(Connection connection, long id, String hash) throws SQLException {
        String cached = CACHE.get(hash);
        if (cached != null) {
            return cached;
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT codec, body FROM payload WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("payload " + id + " is a base but not stored");
                }
                return baseText(hash, rs.getString(1), rs.getBytes(2));
            }
        }
    }

    private static String baseText(String hash, String codec, byte[] body) throws SQLException {
        String cached = CACHE.get(hash);
        if (cached == null) {
            cached = CACHE.put(hash, new String(inflate(checked(codec, -1, body), null, -1), StandardCharsets.UTF_8));
        }
        return cached;
    }

    /** The body, once its codec is known to be the one this code reads. */
    private static byte[] checked(String codec, long id, byte[] body) throws SQLException {
        if (!DEFLATE.equals(codec)) {
            throw new SQLException("payload " + id + " has an unknown codec: " + codec);
        }
        return body;
    }

    /**
     * The text held under an observation's content hash: {@code text} itself unless an equal one is still
     * held somewhere (the recent log, states kept for past instants), so a payload read again is not a
     * second copy of it.
     */
    static String shared(String hash, String text) {
        return hash == null || text == null ? text : CACHE.shared(hash, text);
    }

    /** Lets go of the texts kept as recently read, as a replay's reads do when they push them out. */
    static void forgetRecentlyRead() {
        CACHE.forgetRecentlyRead();
    }

    /** Forgets every decoded text, so that the next reads decode from the database. */
    static void forgetDecodedTexts() {
        CACHE.clear();
    }

    /** Remembers a text just stored under its hash, so reading it back costs nothing. */
    static void remember(String hash, String text) {
        CACHE.put(hash, text);
    }

    static byte[] deflate(byte[] text, byte[] dictionary) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            if (dictionary != null) {
                deflater.setDictionary(dictionary);
            }
            deflater.setInput(text);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, text.length / 3));
            byte[] buffer = new byte[Math.max(256, text.length + 64)];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    static byte[] inflate(byte[] body, byte[] dictionary, long id) throws SQLException {
        Inflater inflater = new Inflater(true);
        try {
            if (dictionary != null) {
                inflater.setDictionary(dictionary);
            }
            inflater.setInput(body);
            // A body packed on a dictionary is mostly references into it: its text is about the dictionary's
            // size. Inflated in place, grown only if that was short, and copied once to its length.
            int expected = dictionary == null ? 0 : dictionary.length + body.length;
            byte[] out = new byte[Math.max(1024, Math.max(body.length * 4, expected))];
            int at = 0;
            while (!inflater.finished()) {
                if (at == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                int n = inflater.inflate(out, at, out.length - at);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new SQLException("payload " + id + " is truncated");
                }
                at += n;
            }
            return at == out.length ? out : Arrays.copyOf(out, at);
        } catch (DataFormatException e) {
            throw new SQLException("payload " + id + " cannot be inflated: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }

    /**
     * Least recently used texts, bounded by their total length; and every text still held anywhere (the
     * recent log, states kept for past instants), by hash, so that a payload read again while one of them
     * holds it is that same text rather than a second copy of it.
     */
    private static final class TextCache {
        private final LinkedHashMap<String, String> texts = new LinkedHashMap<>(1024, 0.75f, true);
        private final Map<String, String> held = Caffeine.newBuilder()
                .weakValues()
                // upkeep on the caller's thread: no pool thread of its own
                .executor(Runnable::run)
                .<String, String>build()
                .asMap();
        private long chars;

        synchronized String get(String hash) {
            String text = texts.get(hash);
            return text != null ? text : held.get(hash);
        }

        synchronized void forgetRecentlyRead() {
            texts.clear();
            chars = 0;
        }

        synchronized void clear() {
            forgetRecentlyRead();
            held.clear();
        }

        /** The text held under {@code hash}, {@code text} itself unless an equal one is already held. */
        String shared(String hash, String text) {
            String known = held.putIfAbsent(hash, text);
            return known != null && known.equals(text) ? known : text;
        }

        /** Keeps the text as recently read; returns the one to use, as {@link #shared}. */
        synchronized String put(String hash, String text) {
            text = shared(hash, text);
            if (text.length() > CACHED_CHARS / 8) {
                return text;
            }
            String before = texts.put(hash, text);
            chars += text.length() - (before == null ? 0 : before.length());
            for (var it = texts.entrySet().iterator(); chars > CACHED_CHARS && it.hasNext(); ) {
                Map.Entry<String, String> eldest = it.next();
                chars -= eldest.getValue().length();
                it.remove();
            }
            return text;
        }
    }
}
