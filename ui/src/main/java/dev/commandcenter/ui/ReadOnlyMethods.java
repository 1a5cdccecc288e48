package dev.commandcenter.ui;

import dev.commandcenter.ui.access.AdmissionFilter;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * The command center only reads: every route, including Quarkus' own {@code /q/*} endpoints (which
 * would otherwise answer POST), accepts GET and HEAD only. Anything else gets 405 before a route runs.
 */
@Singleton
public class ReadOnlyMethods {

    /** Just below the admission filter: a foreign peer is refused as such first. */
    public static final int PRIORITY = AdmissionFilter.PRIORITY - 1;

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        if (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) {
            ctx.next();
            return;
        }
        ctx.response()
                .setStatusCode(405)
                .putHeader(HttpHeaders.ALLOW, "GET, HEAD")
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain")
                .end("read-only: GET and HEAD only\n");
    }
}
