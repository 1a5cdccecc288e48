package dev.commandcenter.ui;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Hardening headers on every answer, refusals included: set before any other filter runs, so a
 * 403 or 405 carries them too. The pages use no inline script or style and no other origin, so the
 * policy allows only this site's own stylesheet, images and scripts (the colour scheme toggle, the
 * ticking ages and the live updates, which also talk to this site alone: {@code connect-src}).
 */
@Singleton
public class SecurityHeaders {

    /** First of all filters: the admission filter and the read-only check run after it. */
    public static final int PRIORITY = Integer.MAX_VALUE;

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext ctx) {
        // Quarkus' Dev UI (development mode only) is a script application the policy would blank.
        if (LaunchMode.current() == LaunchMode.DEVELOPMENT
                && ctx.normalizedPath().startsWith("/q/dev-ui")) {
            ctx.next();
            return;
        }
        apply(ctx.response().headers());
        ctx.next();
    }

    /** Also for answers given where no filter ran (a request refused by the router itself). */
    static void apply(MultiMap headers) {
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    }
}
