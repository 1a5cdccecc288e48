package dev.commandcenter.fakegitea;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Gitea v1.26.4 as the collector sees it, on a loopback port: the routes the command center
 * reads, answering with the fixture shapes, Gitea's paging (limit cut to the server maximum,
 * absolute Link headers joined by "," and X-Total-Count; reviews without Link; timelines paged
 * until short) and error bodies. Every request is recorded, whatever its method.
 */
public final class FakeGitea implements AutoCloseable {

    /** One request as received. */
    public record Request(String method, String path, Map<String, String> query) {}

    private static final Pattern REPO = Pattern.compile("/api/v1/repos/([^/]+/[^/]+)(/.*)");

    private final HttpServer server;
    private final ForgeModel forge;
    private final String token;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> failingRepos = new ConcurrentHashMap<>();
    private volatile String login = "cc-reader";
    private volatile boolean behindLoginPage;

    public FakeGitea(ForgeModel forge, String token) throws IOException {
        this.forge = forge;
        this.token = token;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public void clearRequests() {
        requests.clear();
    }

    /** The login {@code /api/v1/user} answers for the token. */
    public void tokenBelongsTo(String login) {
        this.login = login;
    }

    /** Every request under this repository answers with this status and Gitea's error body. */
    public void failRepo(String repo, int status) {
        failingRepos.put(repo, status);
    }

    /** Every request answers 200 with an HTML sign-in page, as behind a misconfigured single-sign-on proxy. */
    public void behindLoginPage(boolean on) {
        this.behindLoginPage = on;
    }

    public void healRepo(String repo) {
        failingRepos.remove(repo);
    }

    public ForgeModel forge() {
        return forge;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        Map<String, String> query = query(uri.getRawQuery());
        requests.add(new Request(exchange.getRequestMethod(), uri.getPath(), query));
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                send(exchange, 405, error("method not allowed"), null, null);
                return;
            }
            if (behindLoginPage) {
                byte[] page = "<!DOCTYPE html><html><body>Sign in</body></html>".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, page.length);
                exchange.getResponseBody().write(page);
                return;
            }
            if (!("token " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                send(exchange, 401, Fixtures.text("error.401.json"), null, null);
                return;
            }
            route(exchange, uri.getPath(), query);
        }
    }

    private void route(HttpExchange exchange, String path, Map<String, String> query) throws IOException {
        switch (path) {
            case "/api/v1/version" -> send(exchange, 200, Fixtures.text("version.json"), null, null);
            case "/api/v1/settings/api" ->
                send(
                        exchange,
                        200,
                        "{\"max_response_items\":" + forge.maxItems()
                                + ",\"default_paging_num\":30,\"default_git_trees_per_page\":1000,\"default_max_blob_size\":10485760,"
                                + "\"default_max_response_size\":52428800}",
                        null,
                        null);
            case "/api/v1/user" -> send(exchange, 200, forge.user(login).toString(), null, null);
            default -> routeMore(exchange, path, query);
        }
    }

    private void routeMore(HttpExchange exchange, String path, Map<String, String> query) throws IOException {
        if (path.startsWith("/api/v1/orgs/") && path.endsWith("/repos")) {
            String org = path.substring("/api/v1/orgs/".length(), path.length() - "/repos".length());
            List<JsonNode> repos = forge.orgRepos(org);
            if (repos == null) {
                send(exchange, 404, Fixtures.text("error.404.json"), null, null);
            } else {
                paged(exchange, path, query, repos, true);
            }
            return;
        }
        Matcher m = REPO.matcher(path);
        if (!m.matches()) {
            send(exchange, 404, Fixtures.text("error.404.json"), null, null);
            return;
        }
        String repo = m.group(1);
        Integer failure = failingRepos.get(repo);
        if (failure != null) {
            send(exchange, failure, error(""), null, null);
            return;
        }
        ForgeModel.Repo model = forge.repo(repo);
        if (model == null) {
            send(exchange, 404, Fixtures.text("error.404.json"), null, null);
            return;
        }
        routeRepo(exchange, path, m.group(2), query, model);
    }

    private void routeRepo(
            HttpExchange exchange, String path, String rest, Map<String, String> query, ForgeModel.Repo repo)
            throws IOException {
        String[] parts = rest.substring(1).split("/");
        if (rest.equals("/pulls")) {
            paged(exchange, path, query, "open".equals(query.get("state")) ? repo.openPulls() : repo.allPulls(), true);
        } else if (rest.equals("/issues")) {
            paged(exchange, path, query, repo.issues(query.get("state"), query.get("type"), since(query)), true);
        } else if (parts.length == 3 && parts[0].equals("pulls") && parts[2].equals("reviews")) {
            paged(exchange, path, query, repo.reviews(Integer.parseInt(parts[1])), false);
        } else if (parts.length == 3 && parts[0].equals("pulls") && parts[2].equals("files")) {
            paged(exchange, path, query, repo.files(Integer.parseInt(parts[1])), true);
        } else if (parts.length == 3 && parts[0].equals("issues") && parts[2].equals("timeline")) {
            paged(exchange, path, query, repo.timeline(Integer.parseInt(parts[1])), false);
        } else if (parts.length == 3 && parts[0].equals("commits") && parts[2].equals("status")) {
            send(exchange, 200, forge.combinedStatus(parts[1]).toString(), null, null);
        } else {
            send(exchange, 404, Fixtures.text("error.404.json"), null, null);
        }
    }

    private static Instant since(Map<String, String> query) {
        String since = query.get("since");
        return since == null ? null : OffsetDateTime.parse(since).toInstant();
    }

    /** Gitea's paging: page from 1, limit cut to the maximum, Link (next,last,first,prev) and X-Total-Count. */
    private void paged(
            HttpExchange exchange,
            String path,
            Map<String, String> query,
            List<? extends JsonNode> all,
            boolean withLink)
            throws IOException {
        int limit = Math.min(forge.maxItems(), Integer.parseInt(query.getOrDefault("limit", "30")));
        int page = Math.max(1, Integer.parseInt(query.getOrDefault("page", "1")));
        int from = Math.min(all.size(), (page - 1) * limit);
        ArrayNode body = Fixtures.JSON.createArrayNode();
        all.subList(from, Math.min(all.size(), from + limit)).forEach(body::add);
        int last = Math.max(1, (all.size() + limit - 1) / limit);
        String link = null;
        if (withLink && last > 1) {
            List<String> rels = new ArrayList<>();
            if (page < last) {
                rels.add(pageLink(path, query, limit, page + 1, "next"));
                rels.add(pageLink(path, query, limit, last, "last"));
            }
            if (page > 1) {
                rels.add(pageLink(path, query, limit, 1, "first"));
                rels.add(pageLink(path, query, limit, page - 1, "prev"));
            }
            link = rels.isEmpty() ? null : String.join(",", rels);
        }
        send(exchange, 200, body.toString(), link, all.size());
    }

    private String pageLink(String path, Map<String, String> query, int limit, int page, String rel) {
        Map<String, String> q = new LinkedHashMap<>(query);
        q.put("limit", Integer.toString(limit));
        q.put("page", Integer.toString(page));
        StringBuilder url = new StringBuilder(baseUrl()).append(path).append('?');
        q.forEach((k, v) -> url.append(k).append('=').append(v).append('&'));
        url.setLength(url.length() - 1);
        return "<" + url + ">; rel=\"" + rel + "\"";
    }

    private static void send(HttpExchange exchange, int status, String body, String link, Integer total)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "application/json;charset=utf-8");
        headers.set("Cache-Control", "max-age=0, private, must-revalidate, no-transform");
        if (link != null) {
            headers.set("Link", link);
        }
        if (total != null) {
            headers.set("X-Total-Count", total.toString());
            headers.set("Access-Control-Expose-Headers", "Link, X-Total-Count");
        }
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static String error(String message) {
        ObjectNode error = Fixtures.JSON.createObjectNode();
        error.put("message", message);
        error.put("url", "https://gitea.example.com/api/swagger");
        return error.toString();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            query.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return query;
    }
}
