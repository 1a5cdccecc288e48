package dev.commandcenter.observation;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;

/**
 * Writes a plain payload tree (objects, arrays, text, integers, booleans, nulls) in its canonical form, as UTF-8,
 * straight into a byte buffer: keys sorted, no spaces, every string as Jackson's character generator writes it
 * with its default features, then encoded as {@link String#getBytes} encodes UTF-8. The bytes equal those of the
 * general path (Jackson over plain Java values, then UTF-8); {@code ContentHashTest} holds the two side by side
 * for every character.
 */
final class CanonicalJson {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    /** One writer per thread, its buffers reused (a larger one than {@link #KEPT_BYTES} is let go after use). */
    private static final ThreadLocal<CanonicalJson> WRITERS = ThreadLocal.withInitial(CanonicalJson::new);

    private static final int KEPT_BYTES = 1 << 20;

    private byte[] out = new byte[16 * 1024];
    private int size;
    private char[] chars = new char[1024];

    /** The canonical UTF-8 of {@code node}, which must be plain. */
    static byte[] of(JsonNode node) {
        CanonicalJson writer = WRITERS.get();
        writer.size = 0;
        writer.write(node);
        byte[] canonical = Arrays.copyOf(writer.out, writer.size);
        if (writer.out.length > KEPT_BYTES) {
            writer.out = new byte[16 * 1024];
            writer.chars = new char[1024];
        }
        return canonical;
    }

    static boolean plain(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT, ARRAY -> {
                for (JsonNode child : node) {
                    if (!plain(child)) {
                        yield false;
                    }
                }
                yield true;
            }
            case STRING, BOOLEAN, NULL -> true;
            case NUMBER -> node.isIntegralNumber();
            case BINARY, POJO, MISSING -> false;
        };
    }

    private void write(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                ascii('{');
                String[] names = new String[node.size()];
                int n = 0;
                for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                    names[n++] = it.next();
                }
                if (!sorted(names)) {
                    Arrays.sort(names);
                }
                for (int i = 0; i < n; i++) {
                    if (i > 0) {
                        ascii(',');
                    }
                    string(names[i]);
                    ascii(':');
                    write(node.get(names[i]));
                }
                ascii('}');
            }
            case ARRAY -> {
                ascii('[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) {
                        ascii(',');
                    }
                    write(node.get(i));
                }
                ascii(']');
            }
            case STRING -> string(node.textValue());
            case BOOLEAN -> ascii(node.booleanValue() ? "true" : "false");
            case NULL -> ascii("null");
            case NUMBER ->
                ascii(
                        node.canConvertToLong()
                                ? Long.toString(node.longValue())
                                : node.bigIntegerValue().toString());
            case BINARY, POJO, MISSING -> throw new IllegalStateException("not a plain node: " + node.getNodeType());
        }
    }

    /**
     * A JSON string: the quote and the backslash escaped, the control characters below 0x20 as a backslash and
     * {@code b t n f r}, or as a backslash, {@code u00} and two upper-case hex digits; everything else as it is,
     * in UTF-8, a surrogate that is not half of a pair as {@code ?}.
     */
    private void string(String text) {
        int length = text.length();
        if (chars.length < length) {
            chars = new char[Math.max(length, chars.length * 2)];
        }
        char[] c = chars;
        text.getChars(0, length, c, 0);
        // At most 6 bytes per character (an escape), and the quotes.
        room(length * 6 + 2);
        byte[] o = out;
        int p = size;
        o[p++] = '"';
        for (int i = 0; i < length; i++) {
            char ch = c[i];
            if (ch < 0x80) {
                if (ch >= 0x20 && ch != '"' && ch != '\\') {
                    o[p++] = (byte) ch;
                    continue;
                }
                o[p++] = '\\';
                switch (ch) {
                    case '"', '\\' -> o[p++] = (byte) ch;
                    case '\b' -> o[p++] = 'b';
                    case '\t' -> o[p++] = 't';
                    case '\n' -> o[p++] = 'n';
                    case '\f' -> o[p++] = 'f';
                    case '\r' -> o[p++] = 'r';
                    default -> {
                        o[p++] = 'u';
                        o[p++] = '0';
                        o[p++] = '0';
                        o[p++] = HEX[ch >> 4];
                        o[p++] = HEX[ch & 0xF];
                    }
                }
            } else if (ch < 0x800) {
                o[p++] = (byte) (0xC0 | ch >> 6);
                o[p++] = (byte) (0x80 | ch & 0x3F);
            } else if (Character.isSurrogate(ch)) {
                if (Character.isHighSurrogate(ch) && i + 1 < length && Character.isLowSurrogate(c[i + 1])) {
                    int cp = Character.toCodePoint(ch, c[++i]);
                    o[p++] = (byte) (0xF0 | cp >> 18);
                    o[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    o[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    o[p++] = (byte) (0x80 | cp & 0x3F);
                } else {
                    o[p++] = '?';
                }
            } else {
                o[p++] = (byte) (0xE0 | ch >> 12);
                o[p++] = (byte) (0x80 | ch >> 6 & 0x3F);
                o[p++] = (byte) (0x80 | ch & 0x3F);
            }
        }
        o[p++] = '"';
        size = p;
    }

    private void ascii(char c) {
        room(1);
        out[size++] = (byte) c;
    }

    private void ascii(String text) {
        room(text.length());
        for (int i = 0; i < text.length(); i++) {
            out[size++] = (byte) text.charAt(i);
        }
    }

    private void room(int more) {
        if (size + more > out.length) {
            out = Arrays.copyOf(out, Math.max(size + more, out.length * 2));
        }
    }

    private static boolean sorted(String[] names) {
        for (int i = 1; i < names.length; i++) {
            if (names[i - 1].compareTo(names[i]) > 0) {
                return false;
            }
        }
        return true;
    }
}
