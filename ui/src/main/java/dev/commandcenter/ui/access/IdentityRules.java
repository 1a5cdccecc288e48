package dev.commandcenter.ui.access;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who is looking, and whether that is enough. Identity headers count only from the local
 * {@code tailscale serve} proxy when that trust is configured (the planner allows it on a
 * loopback-only listener alone); tailnet peers are identified by tailscaled's whois, and refused
 * when it cannot answer unless whois is explicitly not required.
 */
public final class IdentityRules {

    public static final String SERVE_LOGIN_HEADER = "Tailscale-User-Login";

    private final boolean trustServeProxy;
    private final boolean requireWhois;
    private final List<String> allowedLogins;

    public IdentityRules(boolean trustServeProxy, boolean requireWhois, List<String> allowedLogins) {
        this.trustServeProxy = trustServeProxy;
        this.requireWhois = requireWhois;
        this.allowedLogins = allowedLogins.stream()
                .map(l -> l.trim().toLowerCase(Locale.ROOT))
                .toList();
    }

    /** A loopback peer: a local process, or tailscale serve speaking for a tailnet user. */
    public Verdict loopbackPeer(Optional<String> serveLogin) {
        Viewer viewer = trustServeProxy && serveLogin.filter(l -> !l.isBlank()).isPresent()
                ? Viewer.login(serveLogin.get().trim(), "via tailscale serve")
                : Viewer.local();
        return allowed(viewer);
    }

    /** A tailnet peer, judged by what tailscaled said of it. */
    public Verdict tailnetPeer(WhoisAnswer whois) {
        if (whois instanceof WhoisAnswer.Known known) {
            if (known.tagged()) {
                return allowed(Viewer.tagged(known.node()));
            }
            return allowed(
                    known.login().isBlank()
                            ? Viewer.unknown("whois names no login")
                            : Viewer.login(known.login(), "tailnet whois"));
        }
        if (whois instanceof WhoisAnswer.NotInTailnet not) {
            return new Verdict.Refused("tailscaled does not know the peer: " + not.detail());
        }
        // Unconfirmed is ambiguous, and ambiguous fails closed unless the operator opted out.
        String reason = ((WhoisAnswer.Unreachable) whois).reason();
        return requireWhois
                ? new Verdict.Refused("tailscaled did not confirm who this tailnet peer is (" + reason
                        + "); command-center.access.require-whois=false would admit unconfirmed peers")
                : allowed(Viewer.unknown("tailscaled not asked: " + reason));
    }

    private Verdict allowed(Viewer viewer) {
        if (allowedLogins.isEmpty()) {
            return new Verdict.Admitted(viewer);
        }
        if (viewer.kind() != Viewer.ViewerKind.LOGIN) {
            return new Verdict.Refused(
                    "an allowlist of logins is set and the identity is unknown: " + viewer.description());
        }
        String login = viewer.login().toLowerCase(Locale.ROOT);
        return allowedLogins.contains(login)
                ? new Verdict.Admitted(viewer)
                : new Verdict.Refused("login " + login + " is not in the allowlist");
    }
}
