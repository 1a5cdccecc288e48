package dev.commandcenter.collector.taskqueue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import net.razorvine.pickle.Unpickler;

/**
 * Decodes Huey's pickled blobs with Pyrolite's unpickler: messages ({@code huey.registry.Message})
 * and error results ({@code huey.utils.Error}), both namedtuples; zlib/gzip compression and a
 * {@code SignedSerializer} signature are undone first. Huey keeps datetimes as naive UTC.
 */
final class HueyPickles {

    private static final Pattern SIGNATURE = Pattern.compile(":[0-9a-f]{40}$");
    private static final int MAX_INFLATED = 16 * 1024 * 1024;

    static {
        Unpickler.registerConstructor("huey.registry", "Message", args -> new Fields("Message", args));
        Unpickler.registerConstructor("huey.utils", "Error", args -> new Fields("Error", args));
    }

    private HueyPickles() {}

    /** A namedtuple's fields, in order. */
    record Fields(String type, Object[] values) {
        Object at(int index) {
            return index < values.length ? values[index] : null;
        }
    }

    /** A task message: the fields a view needs. {@code eta} is null when the task is due at once. */
    record Message(String id, String task, Instant eta, Integer retries, Integer retryDelay, Integer priority) {}

    static class Undecodable extends Exception {
        Undecodable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static Message message(byte[] blob) throws Undecodable {
        if (!(load(blob) instanceof Fields fields) || !"Message".equals(fields.type()) || fields.values().length < 6) {
            throw new Undecodable("not a huey.registry.Message", null);
        }
        return new Message(
                string(fields.at(0)),
                string(fields.at(1)),
                naiveUtc(fields.at(2)),
                integer(fields.at(3)),
                integer(fields.at(4)),
                integer(fields.at(5)));
    }

    /** The {@code metadata} dict of an error result, or null when the value is an ordinary result. */
    static Map<?, ?> errorMetadata(byte[] blob) throws Undecodable {
        Object value = load(blob);
        if (value instanceof Fields fields && "Error".equals(fields.type()) && fields.at(0) instanceof Map<?, ?> meta) {
            return meta;
        }
        return null;
    }

    static Object load(byte[] blob) throws Undecodable {
        try (InputStream in = new ByteArrayInputStream(plain(blob))) {
            return new Unpickler().load(in);
        } catch (IOException | RuntimeException e) {
            throw new Undecodable("cannot unpickle: " + e.getMessage(), e);
        }
    }

    static Instant naiveUtc(Object value) {
        if (value instanceof Calendar calendar) {
            return LocalDateTime.of(
                            calendar.get(Calendar.YEAR),
                            calendar.get(Calendar.MONTH) + 1,
                            calendar.get(Calendar.DAY_OF_MONTH),
                            calendar.get(Calendar.HOUR_OF_DAY),
                            calendar.get(Calendar.MINUTE),
                            calendar.get(Calendar.SECOND),
                            calendar.get(Calendar.MILLISECOND) * 1_000_000)
                    .toInstant(ZoneOffset.UTC);
        }
        return null;
    }

    private static byte[] plain(byte[] blob) throws IOException {
        byte[] bytes = blob;
        String tail = new String(
                bytes, Math.max(0, bytes.length - 41), Math.min(41, bytes.length), StandardCharsets.ISO_8859_1);
        if (SIGNATURE.matcher(tail).find()) {
            bytes = Arrays.copyOf(bytes, bytes.length - 41);
        }
        if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            return bounded(new GZIPInputStream(new ByteArrayInputStream(bytes)));
        }
        if (bytes.length > 2 && (bytes[0] & 0xff) == 0x78) {
            return bounded(new InflaterInputStream(new ByteArrayInputStream(bytes)));
        }
        return bytes;
    }

    private static byte[] bounded(InputStream in) throws IOException {
        try (in) {
            byte[] out = in.readNBytes(MAX_INFLATED + 1);
            if (out.length > MAX_INFLATED) {
                throw new IOException("inflates beyond " + MAX_INFLATED + " bytes");
            }
            return out;
        }
    }

    private static String string(Object value) {
        return value instanceof String s ? s : null;
    }

    private static Integer integer(Object value) {
        return value instanceof Number n ? Integer.valueOf(n.intValue()) : null;
    }
}
