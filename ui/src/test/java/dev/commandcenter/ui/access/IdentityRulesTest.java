package dev.commandcenter.ui.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.commandcenter.config.AccessMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdentityRulesTest {

    private static final WhoisAnswer ALICE =
            new WhoisAnswer.Known("laptop.example-tailnet.ts.net.", "alice@example.com", List.of());
    private static final WhoisAnswer TAGGED =
            new WhoisAnswer.Known("ci-runner.example-tailnet.ts.net.", "", List.of("tag:ci"));

    @Test
    void ignoresTheServeLoginHeaderUnlessTheProxyIsTrusted() {
        Verdict verdict = new IdentityRules(false, false, List.of()).loopbackPeer(Optional.of("mallory@example.com"));

        assertEquals(new Verdict.Admitted(Viewer.local()), verdict);
    }

    @Test
    void takesTheLoginFromTrustedTailscaleServe() {
        Verdict verdict = new IdentityRules(true, false, List.of()).loopbackPeer(Optional.of("alice@example.com"));

        assertEquals(
                "alice@example.com (via tailscale serve)", admitted(verdict).description());
    }

    @Test
    void anAllowlistRefusesUnknownAndUnlistedViewers() {
        IdentityRules rules = new IdentityRules(true, false, List.of("Alice@example.com"));

        assertEquals(
                "alice@example.com",
                admitted(rules.loopbackPeer(Optional.of("alice@example.com"))).login());
        assertInstanceOf(Verdict.Refused.class, rules.loopbackPeer(Optional.of("mallory@example.com")));
        assertInstanceOf(
                Verdict.Refused.class,
                rules.loopbackPeer(Optional.empty()),
                "a local process without the header has no identity: refused under an allowlist");
    }

    @Test
    void tailnetPeersAreNamedByWhoisAndTaggedDevicesHaveNoIdentity() {
        IdentityRules rules = new IdentityRules(false, false, List.of());

        assertEquals(
                "alice@example.com (tailnet whois)",
                admitted(rules.tailnetPeer(ALICE)).description());
        assertEquals(
                Viewer.ViewerKind.TAGGED_DEVICE,
                admitted(rules.tailnetPeer(TAGGED)).kind());
        assertInstanceOf(
                Verdict.Refused.class,
                new IdentityRules(false, false, List.of("alice@example.com")).tailnetPeer(TAGGED));
    }

    @Test
    void aPeerTailscaledDoesNotKnowIsRefused() {
        Verdict verdict = new IdentityRules(false, false, List.of())
                .tailnetPeer(new WhoisAnswer.NotInTailnet("no match for IP:port"));

        assertInstanceOf(Verdict.Refused.class, verdict);
    }

    @Test
    void aTailnetPeerTailscaledCannotConfirmIsRefusedByDefaultSayingWhy() {
        AccessSettings defaults = AccessSettings.loopbackDefaults().withMode(AccessMode.TAILNET);
        WhoisAnswer silent = new WhoisAnswer.Unreachable("no LocalAPI socket");

        Verdict verdict = new AccessPlanProducer().identityRules(defaults).tailnetPeer(silent);

        String reason = assertInstanceOf(Verdict.Refused.class, verdict).reason();
        assertTrue(
                reason.startsWith("tailscaled did not confirm who this tailnet peer is (no LocalAPI socket)"), reason);
        assertTrue(reason.contains("command-center.access.require-whois=false"), reason);
    }

    @Test
    void anOperatorWhoOptsOutOfWhoisAdmitsAnUnconfirmedPeerAsUnknown() {
        AccessSettings optedOut =
                AccessSettings.loopbackDefaults().withMode(AccessMode.TAILNET).withIdentity(false, false, List.of());

        Verdict verdict = new AccessPlanProducer()
                .identityRules(optedOut)
                .tailnetPeer(new WhoisAnswer.Unreachable("no LocalAPI socket"));

        assertEquals(Viewer.ViewerKind.UNKNOWN, admitted(verdict).kind());
    }

    private static Viewer admitted(Verdict verdict) {
        return assertInstanceOf(Verdict.Admitted.class, verdict).viewer();
    }
}
