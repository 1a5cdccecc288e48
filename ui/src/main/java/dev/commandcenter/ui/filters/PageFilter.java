package dev.commandcenter.ui.filters;

import dev.commandcenter.query.QueryRefused;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * A page's filters as its URL names them: free text ({@code q}) and facets of its rows (state, lane,
 * drift kind, repository, agent). Applied on the server, before rendering; a live update asks for the
 * same URL, so the filters hold across updates.
 *
 * @param q      words every shown row contains (case-insensitive), or blank
 * @param facets the page's facets, each with the value asked for (blank: any)
 */
public record PageFilter(String q, List<Facet> facets) {

    /** A facet: a parameter, its label, the value asked for and, when it is a closed set, its choices. */
    public record Facet(String name, String label, String value, List<String> choices) {

        /** A facet over a closed set of words: any other value is a 400 naming the parameter. */
        public static Facet of(String name, String label, String value, List<String> choices) {
            String asked = value == null ? "" : value.strip();
            if (!asked.isEmpty() && !choices.isEmpty() && !choices.contains(asked)) {
                throw QueryRefused.badParameter(
                        name,
                        value,
                        "one of " + String.join(", ", choices),
                        name + "=" + value + " is not one of " + String.join(", ", choices));
            }
            return new Facet(name, label, asked, choices);
        }

        /** A facet of open values (a repository, an agent): matched exactly, ignoring case. */
        public static Facet open(String name, String label, String value) {
            return new Facet(name, label, value == null ? "" : value.strip(), List.of());
        }

        public boolean asked() {
            return !value.isEmpty();
        }
    }

    public static PageFilter of(String q, Facet... facets) {
        return new PageFilter(q == null ? "" : q.strip(), List.of(facets));
    }

    /** Whether any filter is set: the page then says how many rows it hides. */
    public boolean active() {
        return !q.isEmpty() || facets.stream().anyMatch(Facet::asked);
    }

    /**
     * Whether a row passes: each facet asked for is among {@code values.apply(facet name)}, and every
     * word of {@code q} occurs in one of {@code text}.
     */
    public boolean admits(Function<String, Collection<String>> values, Object... text) {
        for (Facet facet : facets) {
            if (facet.asked()
                    && values.apply(facet.name()).stream()
                            .filter(Objects::nonNull)
                            .noneMatch(v -> v.equalsIgnoreCase(facet.value()))) {
                return false;
            }
        }
        if (q.isEmpty()) {
            return true;
        }
        String haystack = String.join(
                        " ",
                        Arrays.stream(text)
                                .filter(Objects::nonNull)
                                .map(Object::toString)
                                .toList())
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(q.toLowerCase(Locale.ROOT).split("\\s+")).allMatch(haystack::contains);
    }

    /** The rows that pass. */
    public <T> List<T> keep(
            List<T> rows, Function<T, Function<String, Collection<String>>> values, Function<T, Object[]> text) {
        if (!active()) {
            return rows;
        }
        List<T> kept = new ArrayList<>();
        for (T row : rows) {
            if (admits(values.apply(row), text.apply(row))) {
                kept.add(row);
            }
        }
        return kept;
    }

    /** The wire words of an enum's constants, in order: a facet's choices. */
    public static <E extends Enum<E>> List<String> words(E[] constants, Function<E, String> wire) {
        return Arrays.stream(constants).map(wire).toList();
    }
}
