package dev.commandcenter.ui.access;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.qute.TemplateGlobal;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/** Lets every page say who is looking ({@code {whoIsLooking}}), as the admission filter judged it. */
@TemplateGlobal
public final class ViewerGlobal {

    private ViewerGlobal() {}

    static String whoIsLooking() {
        try (InstanceHandle<CurrentVertxRequest> request = Arc.container().instance(CurrentVertxRequest.class)) {
            RoutingContext ctx = request.isAvailable() ? request.get().getCurrent() : null;
            Viewer viewer = ctx == null ? null : ctx.get(Viewer.KEY);
            return viewer == null ? "unknown" : viewer.description();
        }
    }
}
