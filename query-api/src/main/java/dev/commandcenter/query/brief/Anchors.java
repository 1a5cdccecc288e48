package dev.commandcenter.query.brief;

import java.nio.charset.StandardCharsets;

/**
 * The HTML id of a view row, shared by the pages that render rows and the brief that links to them.
 * Letters, digits and {@code - . _ : @ /} stay as they are (valid in an id and unescaped in a URL
 * fragment); every other character, {@code ~} included, becomes {@code ~XX} per UTF-8 byte. Two
 * different names never share an id, and an id never holds a space.
 */
public final class Anchors {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Anchors() {}

    /** {@code gitea:pr:acme/tools#42} → {@code gitea:pr:acme/tools~2342}; {@code Zoë} → {@code Zo~C3~AB}. */
    public static String of(String key) {
        StringBuilder id = new StringBuilder(key.length());
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (kept(c)) {
                id.append(c);
            } else {
                id.append('~').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return id.toString();
    }

    private static boolean kept(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '.'
                || c == '_'
                || c == ':'
                || c == '@'
                || c == '/';
    }
}
