package dev.commandcenter.ui.access;

import io.quarkus.logging.Log;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Promise;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Checks every request before any route (REST, pages, static files, {@code /q/*}): the peer must be
 * loopback, or a tailnet peer on the Tailscale listener; the Host header must name this command
 * center. Refusals get 403 and one log line. {@code X-Forwarded-For} is never read.
 */
@Singleton
public class AdmissionFilter {

    private static final long WHOIS_TIMEOUT_MS = 2_000;

    private final ListenerPlan plan;
    private final IdentityRules identity;
    private final TailscaleWhois whois;

    @Inject
    public AdmissionFilter(ListenerPlan plan, IdentityRules identity, TailscaleWhois whois) {
        this.plan = plan;
        this.identity = identity;
        this.whois = whois;
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, Integer.MAX_VALUE);
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        Optional<InetAddress> local = address(request.localAddress());
        Optional<InetAddress> peer = address(request.remoteAddress());
        String host = request.getHeader(HttpHeaders.HOST);
        if (host == null && request.authority() != null) {
            host = request.authority().toString();
        }
        if (local.isEmpty() || peer.isEmpty()) {
            refuse(ctx, "not an IP connection");
            return;
        }
        PeerKind kind = PeerKind.of(local.get(), peer.get(), plan);
        if (kind == PeerKind.FOREIGN) {
            refuse(ctx, "peer outside loopback and the tailnet listener");
        } else if (!plan.hostNames().allows(host)) {
            refuse(ctx, "Host header names another site");
        } else if (kind == PeerKind.LOOPBACK) {
            decide(ctx, identity.loopbackPeer(Optional.ofNullable(
                    request.getHeader(IdentityRules.SERVE_LOGIN_HEADER))));
        } else {
            askWhois(ctx, peer.get(), request.remoteAddress().port());
        }
    }

    private void askWhois(RoutingContext ctx, InetAddress peer, int port) {
        Promise<WhoisAnswer> answer = Promise.promise();
        long timer = ctx.vertx().setTimer(WHOIS_TIMEOUT_MS,
                t -> answer.tryComplete(new WhoisAnswer.Unreachable("no answer within 2 s")));
        ctx.vertx().executeBlocking(() -> whois.whois(peer, port), false).onComplete(result -> {
            ctx.vertx().cancelTimer(timer);
            answer.tryComplete(result.succeeded() ? result.result()
                    : new WhoisAnswer.Unreachable(String.valueOf(result.cause())));
        });
        answer.future().onSuccess(a -> decide(ctx, identity.tailnetPeer(a)));
    }

    private void decide(RoutingContext ctx, Verdict verdict) {
        if (verdict instanceof Verdict.Admitted admitted) {
            ctx.put(Viewer.KEY, admitted.viewer());
            ctx.next();
        } else {
            refuse(ctx, ((Verdict.Refused) verdict).reason());
        }
    }

    private static void refuse(RoutingContext ctx, String reason) {
        HttpServerRequest r = ctx.request();
        Log.warnf("Access refused (%s): peer %s, listener %s, Host %s, %s %s", reason, r.remoteAddress(),
                r.localAddress(), printable(r.getHeader(HttpHeaders.HOST)), r.method(), printable(r.path()));
        ctx.response().setStatusCode(403).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
                .end("Forbidden: this command center answers only on loopback and its tailnet.\n");
    }

    private static Optional<InetAddress> address(SocketAddress socket) {
        return socket == null || socket.hostAddress() == null ? Optional.empty()
                : AddressRanges.literal(socket.hostAddress());
    }

    /** Attacker-supplied text in a log line: bounded, without control characters. */
    private static String printable(String text) {
        if (text == null) {
            return "(none)";
        }
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 100 ? clean.substring(0, 100) + "…" : clean;
    }
}
