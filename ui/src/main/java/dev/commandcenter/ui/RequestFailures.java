package dev.commandcenter.ui;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.logging.Log;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * A request the router itself refuses (an HTTP/1.1 Host header that is missing or not a
 * {@code host[:port]}, a malformed target) fails before any filter runs. Left to the default error
 * handler it is logged as an ERROR with a stack trace and answered with an error page; it is the
 * client's mistake, so it gets its 4xx status, a one-line reason, the security headers and a WARN.
 * Server errors (5xx) go on to the default handler.
 */
@Singleton
public class RequestFailures {

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    void handle(RoutingContext ctx) {
        int status = ctx.statusCode();
        if (status < 400
                || status >= 500
                || ctx.response().ended()
                || ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        String reason = HttpResponseStatus.valueOf(status).reasonPhrase();
        String why = ctx.failure() == null || ctx.failure().getMessage() == null
                ? reason
                : printable(ctx.failure().getMessage());
        Log.warnf(
                "Request refused (%d %s): peer %s, %s %s",
                status,
                why,
                ctx.request().remoteAddress(),
                ctx.request().method(),
                printable(ctx.request().uri()));
        SecurityHeaders.apply(ctx.response().headers());
        ctx.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
                .end(reason + ": " + why + "\n");
    }

    /** Client-supplied text in a log line or an answer: bounded, without control characters. */
    private static String printable(String text) {
        if (text == null) {
            return "(none)";
        }
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 100 ? clean.substring(0, 100) + "…" : clean;
    }
}
