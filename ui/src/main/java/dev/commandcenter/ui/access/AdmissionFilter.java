package dev.commandcenter.ui.access;

import dev.commandcenter.ui.SecurityHeaders;
import io.quarkus.logging.Log;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Promise;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * Checks every request before any route (REST, pages, static files, {@code /q/*}): the peer must be
 * loopback, or a tailnet peer on the Tailscale listener; the Host header must name this command
 * center, and so must an absolute-form request target. Refusals get 403, a body saying why and one
 * log line. {@code X-Forwarded-For} is never read.
 */
@Singleton
public class AdmissionFilter {

    /** Just below the security headers: every refusal carries them. */
    public static final int PRIORITY = SecurityHeaders.PRIORITY - 1;

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
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        Optional<InetAddress> local = address(request.localAddress());
        Optional<InetAddress> peer = address(request.remoteAddress());
        if (local.isEmpty() || peer.isEmpty()) {
            refuse(ctx, "not an IP connection");
            return;
        }
        PeerKind kind = PeerKind.of(local.get(), peer.get(), plan);
        if (kind == PeerKind.FOREIGN) {
            refuse(ctx, "peer outside loopback and the tailnet listener");
            return;
        }
        Optional<String> misnamed = misnamed(request);
        if (misnamed.isPresent()) {
            refuse(ctx, misnamed.get());
        } else if (kind == PeerKind.LOOPBACK) {
            decide(
                    ctx,
                    identity.loopbackPeer(Optional.ofNullable(request.getHeader(IdentityRules.SERVE_LOGIN_HEADER))));
        } else {
            askWhois(ctx, peer.get(), request.remoteAddress().port());
        }
    }

    /**
     * Why the request is meant for another site, if it is. An absolute-form target's authority
     * overrides Host (RFC 9112 §3.2.2), so both must name this command center; two Host headers
     * could be read differently by a proxy in front, so they are refused outright.
     */
    private Optional<String> misnamed(HttpServerRequest request) {
        List<String> hosts = request.headers().getAll(HttpHeaders.HOST);
        if (hosts.size() > 1) {
            return Optional.of("more than one Host header");
        }
        String host = hosts.isEmpty() ? null : hosts.get(0);
        if (host == null && request.version() == HttpVersion.HTTP_2 && request.authority() != null) {
            host = request.authority().toString();
        }
        if (!plan.hostNames().allows(host)) {
            return Optional.of("Host header names another site");
        }
        String target = request.uri();
        if (target != null
                && !target.startsWith("/")
                && !RequestTargets.authority(target)
                        .filter(plan.hostNames()::allows)
                        .isPresent()) {
            return Optional.of("request target names another site");
        }
        return Optional.empty();
    }

    private void askWhois(RoutingContext ctx, InetAddress peer, int port) {
        Promise<WhoisAnswer> answer = Promise.promise();
        long timer = ctx.vertx()
                .setTimer(
                        WHOIS_TIMEOUT_MS, t -> answer.tryComplete(new WhoisAnswer.Unreachable("no answer within 2 s")));
        ctx.vertx().executeBlocking(() -> whois.whois(peer, port), false).onComplete(result -> {
            ctx.vertx().cancelTimer(timer);
            answer.tryComplete(
                    result.succeeded() ? result.result() : new WhoisAnswer.Unreachable(String.valueOf(result.cause())));
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
        Log.warnf(
                "Access refused (%s): peer %s, listener %s, Host %s, %s %s",
                reason,
                r.remoteAddress(),
                r.localAddress(),
                printable(r.getHeader(HttpHeaders.HOST)),
                r.method(),
                printable(r.uri()));
        ctx.response()
                .setStatusCode(403)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
                .end("Forbidden: " + reason + ".\nThis command center answers only on loopback and its tailnet,"
                        + " to the names it is configured with.\n");
    }

    private static Optional<InetAddress> address(SocketAddress socket) {
        return socket == null || socket.hostAddress() == null
                ? Optional.empty()
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
