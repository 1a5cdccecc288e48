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

    /** An age as the pages write it, the whole text of a time element: "42s ago", "3h 5m ago", "in 2m". */
    private static final Pattern AGE = Pattern.compile("(in )?\\d+[smhd]( \\d+[smh])?( ago)?");
    /** The instant the view was computed for, in the footer ({@code <time id="view-at" …>…</time>}) … */
    private static final String VIEW_AT = "<time id=\"view-at\"";
    /** … and on the live fragment ({@code data-at="…"}, with the space before it). */
    private static final String DATA_AT = " data-at=\"";

    private static final String TIME_END = "</time>";

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
        return "W/\"" + sha256(stable(html).getBytes(StandardCharsets.UTF_8)) + "\"";
    }

    /**
     * The page without the instant it was computed for and with its ages' time elements emptied. One pass
     * that jumps from one marker to the next: a fleet's page is half a megabyte, and regular expressions
     * tried at each of its characters cost a request more than the rest of the tag.
     */
    static String stable(String html) {
        StringBuilder out = new StringBuilder(html.length());
        int copied = 0;
        int viewAt = html.indexOf(VIEW_AT);
        int dataAt = html.indexOf(DATA_AT);
        int end = html.indexOf(TIME_END);
        while (end >= 0 || dataAt >= 0) {
            if (viewAt >= 0 && (dataAt < 0 || viewAt < dataAt) && viewAt <= end) {
                int after = html.indexOf(TIME_END, viewAt) + TIME_END.length();
                out.append(html, copied, viewAt);
                copied = after;
                viewAt = html.indexOf(VIEW_AT, after);
                dataAt = dataAt >= 0 && dataAt < after ? html.indexOf(DATA_AT, after) : dataAt;
                end = html.indexOf(TIME_END, after);
            } else if (dataAt >= 0 && (end < 0 || dataAt < end)) {
                int after = html.indexOf('"', dataAt + DATA_AT.length()) + 1;
                if (after == 0) {
                    break;
                }
                out.append(html, copied, dataAt);
                copied = after;
                dataAt = html.indexOf(DATA_AT, after);
                end = end >= 0 && end < after ? html.indexOf(TIME_END, after) : end;
            } else {
                int text = html.lastIndexOf('>', end - 1) + 1;
                if (text > copied && AGE.matcher(html).region(text, end).matches()) {
                    out.append(html, copied, text);
                    copied = end;
                }
                end = html.indexOf(TIME_END, end + TIME_END.length());
            }
        }
        return out.append(html, copied, html.length()).toString();
    }

    private static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String bare = tag.substring(2);
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .anyMatch(t -> t.equals("*") || t.equals(tag) || t.equals(bare));
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
