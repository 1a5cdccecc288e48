package dev.commandcenter.ui.access;

import java.net.InetAddress;

/** Where a request's peer stands, judged together with the listener it arrived on. */
public enum PeerKind {
    /** A process on this machine, on a loopback listener. */
    LOOPBACK,
    /** A tailnet-range peer on the listener bound to the Tailscale interface's own address. */
    TAILNET,
    /** Anything else: refused. */
    FOREIGN;

    /**
     * Loopback listeners admit loopback peers only. A 100.64.0.0/10 peer proves nothing alone (it is
     * also carrier-grade NAT space), so tailnet peers count only on a Tailscale listener.
     */
    public static PeerKind of(InetAddress local, InetAddress peer, ListenerPlan plan) {
        if (AddressRanges.isLoopback(local)) {
            return AddressRanges.isLoopback(peer) ? LOOPBACK : FOREIGN;
        }
        if (plan.isTailnetListener(local) && AddressRanges.isTailnet(peer)) {
            return TAILNET;
        }
        return FOREIGN;
    }
}
