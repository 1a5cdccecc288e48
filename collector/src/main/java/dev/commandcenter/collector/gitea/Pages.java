package dev.commandcenter.collector.gitea;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a Gitea list to its end. With a {@code Link} header the {@code rel="next"} page is asked
 * (from our base URL, never the link's host); lists without one (reviews, timelines) are paged
 * until a short page comes back.
 */
final class Pages {

    private static final int MAX_PAGES = 1000;

    /** A whole list, or its first {@code maxItems} when {@code truncated}. */
    record Paged(List<ObjectNode> items, boolean truncated) {}

    private Pages() {}

    static Paged all(GiteaClient client, String path, Map<String, String> query, int limit, int maxItems)
            throws GiteaReadError {
        List<ObjectNode> items = new ArrayList<>();
        int page = 1;
        for (int requests = 0; requests < MAX_PAGES; requests++) {
            Map<String, String> q = new LinkedHashMap<>(query);
            q.put("limit", Integer.toString(limit));
            q.put("page", Integer.toString(page));
            GiteaResponse response = client.get(path, q);
            List<ObjectNode> got = GiteaParser.array(response);
            items.addAll(got);
            if (items.size() >= maxItems) {
                return new Paged(
                        List.copyOf(items.subList(0, maxItems)),
                        items.size() > maxItems || hasMore(response, got, limit));
            }
            Optional<Integer> next = response.link().isPresent()
                    ? response.link().flatMap(GiteaParser::nextPage)
                    : (got.size() < limit ? Optional.empty() : Optional.of(page + 1));
            if (next.isEmpty() || next.get() <= page) {
                return new Paged(List.copyOf(items), false);
            }
            page = next.get();
        }
        return new Paged(List.copyOf(items), true);
    }

    static Paged all(GiteaClient client, String path, Map<String, String> query, int limit) throws GiteaReadError {
        return all(client, path, query, limit, Integer.MAX_VALUE);
    }

    private static boolean hasMore(GiteaResponse response, List<ObjectNode> got, int limit) {
        return response.link().isPresent()
                ? response.link().flatMap(GiteaParser::nextPage).isPresent()
                : got.size() >= limit;
    }
}
