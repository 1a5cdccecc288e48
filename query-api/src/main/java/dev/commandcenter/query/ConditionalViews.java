package dev.commandcenter.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The views' JSON, rendered once per view snapshot and served with an entity tag: a client that
 * polls with {@code If-None-Match} gets {@code 304 Not Modified} while the view says the same. The
 * tag leaves out the instant the view was computed for ({@code at}, which moves with every
 * recomputation), so it is weak: same tag, same states, rows and freshness.
 */
@Singleton
public class ConditionalViews {

    /**
     * View instances whose rendering is kept. Only the views at now are served again from the same snapshot,
     * and a task board's rendering is over half a megabyte: a few views' worth, each dropped with its
     * snapshot (kept by the instance's identity, weakly).
     */
    private static final int REMEMBERED = 16;

    private final ObjectMapper json;
    private final Cache<Object, Rendered> rendered = Caffeine.newBuilder()
            .weakKeys()
            .maximumSize(REMEMBERED)
            // upkeep on the caller's thread: no pool thread of its own
            .executor(Runnable::run)
            .build();

    /** A view instance as served: its bytes and its tag. */
    private record Rendered(byte[] body, String tag) {}

    /** When each view path was last served at now: the views worth rendering ahead. */
    private final Map<String, Long> servedAtNow = new ConcurrentHashMap<>();

    @Inject
    public ConditionalViews(ObjectMapper json) {
        this.json = json;
    }

    @ServerResponseFilter
    public void tag(ContainerRequestContext request, ContainerResponseContext response) throws JsonProcessingException {
        String path = request.getUriInfo().getPath();
        boolean view = path.startsWith("/api/views/") || path.equals("/api/sources");
        if (!view
                || response.getStatus() != 200
                || response.getEntity() == null
                || response.getEntity() instanceof byte[]) {
            return;
        }
        Object entity = response.getEntity();
        // A replay is computed afresh at every request: its rendering would never be served again, and
        // kept, sixty-four of them held ~100 MB of a 256 MB heap. A view at now is rendered once, by the
        // first to ask (a request waits for a rendering under way instead of making another).
        boolean atNow = !request.getUriInfo().getQueryParameters().containsKey("at");
        Rendered known = atNow ? rendered.get(entity, this::rendering) : render(entity);
        if (atNow) {
            servedAtNow(path);
        }
        response.getHeaders().putSingle(HttpHeaders.ETAG, known.tag());
        // Cached copies must be checked with the server before use: a stale view must never be shown as current.
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-cache");
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), known.tag())) {
            response.setStatus(304);
            response.setEntity(null);
            return;
        }
        response.setEntity(known.body(), new Annotation[0], MediaType.APPLICATION_JSON_TYPE);
    }

    /**
     * Renders a view at now ahead of the requests for it (a task board takes tens of milliseconds): the
     * request that first meets a renewed snapshot is then served its bytes instead of rendering them.
     */
    public void renderAhead(Object view) {
        rendered.get(view, this::rendering);
    }

    /** Notes that the view at {@code path} was just served at now. */
    void servedAtNow(String path) {
        servedAtNow.put(path, System.nanoTime());
    }

    /** Whether the view at {@code path} was served at now within {@code within}: a client is watching it. */
    public boolean watched(String path, Duration within) {
        Long served = servedAtNow.get(path);
        return served != null && System.nanoTime() - served < within.toNanos();
    }

    private Rendered rendering(Object view) {
        try {
            return render(view);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Rendered render(Object view) throws JsonProcessingException {
        byte[] body = json.writeValueAsBytes(view);
        JsonNode tree = json.valueToTree(view);
        if (tree instanceof ObjectNode object) {
            object.remove("at");
        }
        return new Rendered(body, "W/\"" + sha256(json.writeValueAsBytes(tree)) + "\"");
    }

    private static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String bare = tag.substring(2);
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .anyMatch(t -> t.equals("*") || t.equals(tag) || t.equals(bare) || t.equals("W/" + bare));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of()
                    .formatHex(
                            Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(bytes), 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
