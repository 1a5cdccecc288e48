package dev.commandcenter.ui.access;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/** Simulated machines: their interfaces and addresses, as {@link MachineAddresses} would list them. */
final class Machines {

    static final String TAILSCALE_V4 = "100.101.102.103";
    static final String TAILSCALE_V6 = "fd7a:115c:a1e0::1234:5678";

    private Machines() {}

    /** Loopback (127.0.0.1, ::1) and a LAN address: a machine without Tailscale. */
    static List<NicAddress> withoutTailscale() {
        return List.of(nic("lo", "127.0.0.1"), nic("lo", "::1"), nic("eth0", "192.0.2.2"));
    }

    /** The same machine with tailscaled up on tailscale0. */
    static List<NicAddress> withTailscale() {
        List<NicAddress> all = new ArrayList<>(withoutTailscale());
        all.add(nic("tailscale0", TAILSCALE_V4));
        all.add(nic("tailscale0", TAILSCALE_V6));
        all.add(nic("tailscale0", "fe80::1"));
        return all;
    }

    /** A carrier-grade NAT address on the LAN interface: in 100.64.0.0/10, yet no Tailscale. */
    static List<NicAddress> behindCarrierNat() {
        List<NicAddress> all = new ArrayList<>(withoutTailscale());
        all.add(nic("eth1", "100.72.0.9"));
        return all;
    }

    static NicAddress nic(String name, String address) {
        return new NicAddress(name, ip(address));
    }

    static InetAddress ip(String literal) {
        return AddressRanges.literal(literal).orElseThrow();
    }
}
