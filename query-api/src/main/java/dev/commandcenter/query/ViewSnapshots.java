package dev.commandcenter.query;

import dev.commandcenter.log.LogReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The views at now, each computed once per log position and at most once a second, and shared by
 * every request, page, brief and gauge that asks within that second: a dashboard that many
 * operators (or one wrk) hammer costs one computation a second. A view served from here says the
 * instant it was computed for; replays (instants older than a second) are computed every time.
 */
@ApplicationScoped
public class ViewSnapshots {

    /** How long a view at now is served before it is computed again, with an unchanged log. */
    public static final Duration MAX_AGE = Duration.ofSeconds(1);

    /** For projections built by hand (tests, benchmarks): every view computed on demand. */
    public static final ViewSnapshots NONE = new ViewSnapshots(null, null);

    /** A snapshot this old is computed again by {@link #ahead}, before any request finds it expired. */
    private static final Duration RENEW_AFTER = Duration.ofMillis(700);

    private static final int MAX_VIEWS = 64;

    private final ThreadLocal<Boolean> renewing = ThreadLocal.withInitial(() -> false);

    private final LogReader log;
    private final Clock clock;
    private final Map<String, Held> held = new ConcurrentHashMap<>();
    private final Map<String, Object> computing = new ConcurrentHashMap<>();

    /** {@code later}: whether it also answers for later instants (the log reached its position before {@code at}). */
    private record Held(long position, Instant at, Object view, boolean later) {}

    @Inject
    public ViewSnapshots(LogReader log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /**
     * The view named {@code view} at {@code at}: a snapshot when {@code at} is now and one is fresh
     * enough, else computed (and kept, when {@code at} is now).
     */
    @SuppressWarnings("unchecked")
    public <T> T at(String view, Instant at, Function<Instant, T> compute) {
        if (log == null || at.isBefore(clock.instant().minus(MAX_AGE))) {
            return compute.apply(at);
        }
        long position = log.position();
        // A view computed for an instant chosen before the log reached this position may lack what came
        // with it for a later instant: it then answers for its own instant only.
        boolean later = !log.positionSince().isAfter(at);
        Held snapshot = servable(view, at, position);
        if (snapshot != null) {
            return (T) snapshot.view();
        }
        if (held.size() >= MAX_VIEWS && !held.containsKey(view)) {
            return compute.apply(at);
        }
        // One computation per view at a time: the others wait for it and share its answer.
        synchronized (computing.computeIfAbsent(view, v -> new Object())) {
            snapshot = servable(view, at, position);
            if (snapshot != null) {
                return (T) snapshot.view();
            }
            T computed = compute.apply(at);
            held.put(view, new Held(position, at, computed, later));
            return computed;
        }
    }

    /** Runs {@code work} with every view it asks for at now renewed if its snapshot nears expiry. */
    public void ahead(Runnable work) {
        renewing.set(true);
        try {
            work.run();
        } finally {
            renewing.set(false);
        }
    }

    private Held servable(String view, Instant at, long position) {
        Held snapshot = held.get(view);
        Duration age = renewing.get() ? RENEW_AFTER : MAX_AGE;
        // A view computed on the same log for an instant after the one asked (within the last second: a
        // request that waited while it was computed) is newer than asked, as an answer for now should be.
        boolean servable = snapshot != null
                && snapshot.position() == position
                && (!at.isAfter(snapshot.at())
                        || snapshot.later() && at.isBefore(snapshot.at().plus(age)));
        return servable ? snapshot : null;
    }
}
