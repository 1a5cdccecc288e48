package dev.commandcenter.query.history;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

/** An opaque position in a time-ordered list of transitions: (at, subject) of the last one returned. */
final class TransitionCursor {

    static final Comparator<Transition> ORDER =
            Comparator.comparing(Transition::at).thenComparing(Transition::subject);

    private TransitionCursor() {}

    static String after(Transition last) {
        String raw = last.at() + "|" + last.subject();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The transitions that come after the cursor, or all of them when the cursor is null. */
    static List<Transition> remaining(List<Transition> ordered, String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return ordered;
        }
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cursor is not one this server issued");
        }
        int bar = raw.indexOf('|');
        if (bar < 0) {
            throw new IllegalArgumentException("cursor is not one this server issued");
        }
        Instant at = Instant.parse(raw.substring(0, bar));
        String subject = raw.substring(bar + 1);
        return ordered.stream()
                .filter(t ->
                        t.at().isAfter(at) || (t.at().equals(at) && t.subject().compareTo(subject) > 0))
                .toList();
    }
}
