package dev.commandcenter.ui.reviews;

import dev.commandcenter.observation.Ages;
import dev.commandcenter.query.reviews.ReviewRow;
import dev.commandcenter.query.reviews.ReviewStatus;
import io.quarkus.qute.TemplateExtension;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Wording of review-queue values for the page. */
@TemplateExtension
public class ReviewFormats {

    static String age(ReviewRow row) {
        return Ages.describe(Duration.ofSeconds(row.ageSeconds()));
    }

    static String words(List<?> values) {
        return values.stream()
                .map(v -> v.toString().toLowerCase(Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining(", "));
    }

    static String blocking(ReviewRow row) {
        return row.blockers().isEmpty() ? "" : words(row.blockers());
    }

    /** A symbol per review status, so that a status never rests on colour alone. */
    static String symbol(ReviewStatus status) {
        return switch (status) {
            case BLOCKED -> "✖";
            case RISKY -> "▲";
            case STALE -> "◷";
            case READY_TO_MERGE -> "✔";
            case WAITING -> "○";
        };
    }
}
