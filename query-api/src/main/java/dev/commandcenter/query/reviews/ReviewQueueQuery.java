package dev.commandcenter.query.reviews;

import java.util.Comparator;
import java.util.List;

/**
 * Filters and order of the review queue; every part optional.
 *
 * @param repo           only this {@code owner/repo}
 * @param status         only rows with this status
 * @param classification only rows with this classification
 * @param sort           {@code age} (oldest first, default), {@code activity} (quietest first), {@code repo}, {@code status}
 */
public record ReviewQueueQuery(String repo, ReviewStatus status, Classification classification, String sort) {

    /** The accepted values of {@code sort}. */
    public static final List<String> SORTS = List.of("age", "activity", "repo", "status");

    public static final ReviewQueueQuery ALL = new ReviewQueueQuery(null, null, null, "age");

    public ReviewQueueQuery {
        sort = sort == null || sort.isBlank() ? "age" : sort;
        if (!SORTS.contains(sort)) {
            throw new IllegalArgumentException("sort=" + sort + " is not one of age, activity, repo, status");
        }
    }

    boolean admits(ReviewRow row) {
        return (repo == null || repo.isBlank() || repo.equalsIgnoreCase(row.repo()))
                && (status == null || status == row.status())
                && (classification == null || classification == row.classification());
    }

    Comparator<ReviewRow> order() {
        Comparator<ReviewRow> byRepo = Comparator.comparing(ReviewRow::repo).thenComparingInt(ReviewRow::number);
        return switch (sort) {
            case "activity" ->
                Comparator.comparing(ReviewRow::lastActivity, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(byRepo);
            case "repo" -> byRepo;
            case "status" ->
                Comparator.comparing(ReviewRow::status)
                        .thenComparing(
                                Comparator.comparingLong(ReviewRow::ageSeconds).reversed())
                        .thenComparing(byRepo);
            default ->
                Comparator.comparingLong(ReviewRow::ageSeconds).reversed().thenComparing(byRepo);
        };
    }
}
