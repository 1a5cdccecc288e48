package dev.commandcenter.ui.cron;

import dev.commandcenter.fact.RunnerLiveness;
import dev.commandcenter.observation.Ages;
import dev.commandcenter.query.cron.ConsumerRow;
import dev.commandcenter.query.cron.CronDrift;
import io.quarkus.qute.TemplateExtension;
import java.time.Duration;
import java.time.Instant;

/** Formatting for the cron page, kept out of its template. */
@TemplateExtension
public class CronFormats {

    /** "in 20m" for a future instant, "5m ago" for a past one, relative to the view's instant. */
    static String relative(Instant instant, Instant now) {
        Duration delta = Duration.between(now, instant);
        return delta.isNegative() ? Ages.describe(delta.negated()) + " ago" : "in " + Ages.describe(delta);
    }

    /** "was due " before a next run already past at the view's instant: "next run 15h ago" reads as a typo. */
    static String due(Instant instant, Instant now) {
        return instant.isBefore(now) ? "was due " : "";
    }

    /** A symbol per drift, so that the verdict never rests on colour alone. */
    static String symbol(CronDrift drift) {
        return switch (drift) {
            case RUNNER_ABSENT -> "✖";
            case PAUSED_UNNOTICED -> "‖";
            case OVERDUE -> "◷";
            case FAILING -> "▲";
            case OK -> "●";
            case UNKNOWN -> "?";
        };
    }

    /** A symbol per runner liveness, beside its word. */
    static String symbol(RunnerLiveness liveness) {
        return switch (liveness) {
            case RUNNING -> "●";
            case STOPPED -> "■";
            case DEAD, PID_REUSED, ABSENT -> "✖";
            case UNKNOWN -> "?";
        };
    }

    /** A symbol for a Huey consumer's process ({@code alive}, {@code dead}, {@code pid-reused}, …), beside its word. */
    static String processSymbol(ConsumerRow consumer) {
        return switch (consumer.process()) {
            case ALIVE -> "●";
            case ALIVE_UNVERIFIED -> "◐";
            case DEAD, PID_REUSED -> "✖";
            case UNKNOWN -> "?";
        };
    }
}
