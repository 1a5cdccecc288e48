package dev.commandcenter.ui.access;

import io.quarkus.logging.Log;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Quarkus listens on one address ({@code quarkus.http.host}, always loopback here). The other
 * planned addresses (::1, the Tailscale addresses) get their own Vert.x servers on the same port,
 * handing every request to Quarkus' root handler, so they share routes, filters and the admission
 * check. Startup observers run before Quarkus opens its socket: a refused plan binds nothing.
 */
@Singleton
public class AdditionalListeners {

    private final List<HttpServer> servers = new ArrayList<>();

    void start(@Observes @Priority(1) StartupEvent event, ListenerPlan plan, Vertx vertx) {
        int port = port();
        Log.infof(
                "Access: listening on %s, port %d%s",
                plan.all().stream().map(AddressRanges::uriHost).toList(),
                port,
                plan.tailnet().isEmpty() ? " (loopback only)" : " (loopback and tailnet)");
        for (InetAddress address : plan.additional()) {
            String host = address.getHostAddress().replaceFirst("%.*$", "");
            try {
                servers.add(vertx.createHttpServer()
                        .requestHandler(VertxHttpRecorder.getRootHandler())
                        .listen(port, host)
                        .toCompletionStage()
                        .toCompletableFuture()
                        .get(10, TimeUnit.SECONDS));
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("Cannot listen on " + AddressRanges.uriHost(address) + ":" + port, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while opening listeners", e);
            }
        }
    }

    void stop(@Observes ShutdownEvent event) {
        servers.forEach(HttpServer::close);
        servers.clear();
    }

    /** The additional listeners' actual ports, in plan order (tests and logs). */
    public List<Integer> ports() {
        return servers.stream().map(HttpServer::actualPort).toList();
    }

    private static int port() {
        String key = LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-port" : "quarkus.http.port";
        return ConfigProvider.getConfig().getOptionalValue(key, Integer.class).orElse(8080);
    }
}
