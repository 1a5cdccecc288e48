package dev.commandcenter.query.history;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Pure: a subject's transitions over a window → its availability. */
public final class AvailabilityFold {

    private AvailabilityFold() {}

    public static Availability of(
            String subject,
            SubjectKind kind,
            List<Transition> transitions,
            Instant from,
            Instant to,
            int lastN,
            FlappingRule flapping) {
        Map<String, Long> millis = new TreeMap<>();
        String state = null;
        Instant since = from;
        for (Transition t : transitions) {
            if (state != null) {
                millis.merge(state, Duration.between(since, t.at()).toMillis(), Long::sum);
            }
            state = t.toState();
            since = t.at();
        }
        if (state != null) {
            millis.merge(state, Duration.between(since, to).toMillis(), Long::sum);
        }
        Map<String, Long> seconds = new TreeMap<>();
        millis.forEach((s, ms) -> seconds.put(s, Math.round(ms / 1000.0)));
        List<Transition> last = transitions.subList(Math.max(0, transitions.size() - lastN), transitions.size());
        // A state that held since the window began started earlier than we know: say so with null.
        Instant currentSince = transitions.size() > 0
                        && transitions.get(transitions.size() - 1).fromState() == null
                ? null
                : since;
        return new Availability(
                subject,
                kind,
                from,
                to,
                state,
                currentSince,
                seconds,
                flapping.flapping(transitions, to),
                List.copyOf(last));
    }
}
