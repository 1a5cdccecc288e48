package dev.commandcenter.query.history;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Held states as a seal stores them: one {@code subject TAB state TAB since TAB present|absent} line each. */
final class HeldText {

    private HeldText() {}

    static String of(Map<String, Held> held) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(held)
                .forEach((subject, h) -> out.append(escape(subject))
                        .append('\t')
                        .append(h.state())
                        .append('\t')
                        .append(h.since())
                        .append('\t')
                        .append(h.present() ? "present" : "absent")
                        .append('\n'));
        return out.toString();
    }

    static Map<String, Held> parse(String text) {
        Map<String, Held> held = new HashMap<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            // a handful of state names, each on thousands of held rows: one string each
            held.put(unescape(f[0]), new Held(f[1].intern(), Instant.parse(f[2]), f[3].equals("present")));
        }
        return held;
    }

    /** Subject keys come from sources (file names, titles): a tab or a line break in one must not split it. */
    private static String escape(String subject) {
        return subject.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
