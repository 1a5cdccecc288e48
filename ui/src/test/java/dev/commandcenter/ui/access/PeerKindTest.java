package dev.commandcenter.ui.access;

import static dev.commandcenter.ui.access.Machines.TAILSCALE_V4;
import static dev.commandcenter.ui.access.Machines.TAILSCALE_V6;
import static dev.commandcenter.ui.access.Machines.ip;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.commandcenter.config.AccessMode;
import org.junit.jupiter.api.Test;

class PeerKindTest {

    private final ListenerPlan plan = ListenerPlanner.plan(
            AccessSettings.loopbackDefaults().withMode(AccessMode.TAILNET), Machines.withTailscale());

    @Test
    void loopbackListenerAdmitsOnlyLoopbackPeers() {
        assertEquals(PeerKind.LOOPBACK, PeerKind.of(ip("127.0.0.1"), ip("127.0.0.1"), plan));
        assertEquals(PeerKind.LOOPBACK, PeerKind.of(ip("::1"), ip("::1"), plan));
        assertEquals(
                PeerKind.FOREIGN,
                PeerKind.of(ip("127.0.0.1"), ip("100.100.1.1"), plan),
                "a tailnet-range peer has no business on the loopback listener");
        assertEquals(PeerKind.FOREIGN, PeerKind.of(ip("127.0.0.1"), ip("192.0.2.9"), plan));
    }

    @Test
    void tailnetListenerAdmitsTailnetRangePeersOnly() {
        assertEquals(PeerKind.TAILNET, PeerKind.of(ip(TAILSCALE_V4), ip("100.88.1.2"), plan));
        assertEquals(PeerKind.TAILNET, PeerKind.of(ip(TAILSCALE_V6), ip("fd7a:115c:a1e0::99"), plan));
        assertEquals(PeerKind.FOREIGN, PeerKind.of(ip(TAILSCALE_V4), ip("192.0.2.9"), plan));
        assertEquals(
                PeerKind.FOREIGN,
                PeerKind.of(ip(TAILSCALE_V4), ip("100.128.0.1"), plan),
                "100.128.0.0 is just outside 100.64.0.0/10");
        assertEquals(PeerKind.FOREIGN, PeerKind.of(ip(TAILSCALE_V6), ip("fd7a:115c:a1e1::1"), plan));
    }

    @Test
    void aCarrierNatPeerOnAnyOtherListenerIsForeign() {
        assertEquals(
                PeerKind.FOREIGN,
                PeerKind.of(ip("100.72.0.9"), ip("100.72.0.1"), plan),
                "an address in 100.64.0.0/10 that is not the Tailscale interface's proves nothing");
    }
}
