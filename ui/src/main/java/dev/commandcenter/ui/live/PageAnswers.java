package dev.commandcenter.ui.live;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Answers a page request: the whole page, or only its live part (the {@code live} fragment) when the
 * page's own script asks for it with {@value #FRAGMENT}. Either carries a weak entity tag, and a
 * request that names it gets {@code 304 Not Modified} while the page shows the same states: the
 * ages in it ("42s ago") and the instant it was computed for are left out of the tag, since the
 * page counts them on by itself.
 */
@ApplicationScoped
public class PageAnswers {

    /** The request header naming the fragment wanted instead of the whole page. */
    public static final String FRAGMENT = "X-Fragment";

    /** The one fragment a page has: the part that live updates replace. */
    public static final String LIVE = "live";

    /** An age as the pages write it, alone inside a time element: "42s ago", "3h 5m ago", "in 2m". */
    private static final Pattern AGE = Pattern.compile(">(in )?\\d+[smhd]( \\d+[smh])?( ago)?</time>");
    /** The instant the view was computed for, in the footer and on the live fragment. */
    private static final Pattern VIEW_AT = Pattern.compile("<time id=\"view-at\"[^>]*>[^<]*</time>|\\sdata-at=\"[^\"]*\"");

    private final LiveVersion version;

    @Inject
    public PageAnswers(LiveVersion version) {
        this.version = version;
    }

    /** A page's template, whole or only its live fragment, over a view computed when it is called. */
    @FunctionalInterface
    public interface Page {
        TemplateInstance of(boolean liveOnly);
    }

    /**
     * @param at   the page's {@code at} parameter: blank for now, when the page stays live
     * @param page the page, whole or its live part as the request asks
     */
    public Response answer(HttpHeaders headers, String at, Page page) {
        boolean live = LIVE.equals(headers.getHeaderString(FRAGMENT));
        String html;
        if (live) {
            html = page.of(true).render();
        } else {
            // The version is taken before the view is computed: a page can only be newer than it says,
            // never older, so it never misses a change.
            LiveGlobals.RENDERING.set(at == null || at.isBlank() ? version.current() : "");
            try {
                html = page.of(false).render();
            } finally {
                LiveGlobals.RENDERING.remove();
            }
        }
        String tag = tag(html);
        Response.ResponseBuilder answer = matches(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)
                ? Response.notModified()
                : Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        // Revalidate before any reuse: a stale view must never be shown as current. The fragment and the
        // page share a URL, so a cache must keep them apart.
        return answer.header(HttpHeaders.ETAG, tag)
                .header(HttpHeaders.CACHE_CONTROL, "no-cache, private")
                .header(HttpHeaders.VARY, FRAGMENT)
                .build();
    }

    /** The weak tag of a rendered page: the same while it shows the same states, whatever its ages say. */
    static String tag(String html) {
        String stable = AGE.matcher(VIEW_AT.matcher(html).replaceAll("")).replaceAll("></time>");
        return "W/\"" + sha256(stable.getBytes(StandardCharsets.UTF_8)) + "\"";
    }

    private static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String bare = tag.substring(2);
        return Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                .anyMatch(t -> t.equals("*") || t.equals(tag) || t.equals(bare));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(bytes), 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
