package dev.commandcenter.ui;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.qute.TemplateGlobal;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/** Lets the layout mark the view being shown in its navigation ({@code {pagePath}}, such as {@code /agents}). */
@TemplateGlobal
public final class PageGlobals {

    private PageGlobals() {}

    static String pagePath() {
        try (InstanceHandle<CurrentVertxRequest> request = Arc.container().instance(CurrentVertxRequest.class)) {
            RoutingContext ctx = request.isAvailable() ? request.get().getCurrent() : null;
            return ctx == null ? "" : ctx.normalizedPath();
        }
    }
}
