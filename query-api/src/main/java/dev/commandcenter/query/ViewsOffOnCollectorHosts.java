package dev.commandcenter.query;

import dev.commandcenter.config.CommandCenterConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** A collector-only process serves no views: its log is elsewhere, so anything it showed would mislead. */
public class ViewsOffOnCollectorHosts {

    private final CommandCenterConfig config;

    @Inject
    public ViewsOffOnCollectorHosts(CommandCenterConfig config) {
        this.config = config;
    }

    @ServerRequestFilter
    public Optional<Response> refuseViews(ContainerRequestContext request) {
        if (config.role().servesViews()) {
            return Optional.empty();
        }
        return Optional.of(Response.status(Response.Status.NOT_FOUND)
                .type(MediaType.TEXT_PLAIN)
                .entity("this process runs with command-center.role=collector: it serves no views\n")
                .build());
    }
}
