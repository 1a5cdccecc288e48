package dev.commandcenter.ui.access;

import static dev.commandcenter.ui.access.Machines.TAILSCALE_V4;
import static dev.commandcenter.ui.access.Machines.TAILSCALE_V6;
import static dev.commandcenter.ui.access.Machines.ip;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HostNamesTest {

    private final HostNames names = HostNames.of(
            List.of(ip("127.0.0.1"), ip("::1"), ip(TAILSCALE_V4), ip(TAILSCALE_V6)),
            Optional.of("Box.Example-Tailnet.ts.net."));

    @Test
    void acceptsLocalhostAndTheLoopbackAddressesWithOrWithoutPort() {
        for (String host : List.of(
                "localhost",
                "localhost:7070",
                "LOCALHOST:7070",
                "127.0.0.1",
                "127.0.0.1:7070",
                "[::1]",
                "[::1]:7070",
                "localhost.:7070")) {
            assertTrue(names.allows(host), host);
        }
    }

    @Test
    void acceptsTheTailnetAddressesAndTheMagicDnsName() {
        for (String host : List.of(
                TAILSCALE_V4 + ":7070",
                "[" + TAILSCALE_V6 + "]:7070",
                "box.example-tailnet.ts.net",
                "box.example-tailnet.ts.net:443",
                "box.example-tailnet.ts.net.")) {
            assertTrue(names.allows(host), host);
        }
    }

    @Test
    void refusesForeignNamesAsADnsRebindingPageWouldSendThem() {
        for (String host : List.of(
                "attacker.example",
                "attacker.example:7070",
                "127.0.0.1.attacker.example",
                "localhost.attacker.example:7070",
                "box.example-tailnet.ts.net.attacker.example",
                "127.0.0.2:7070",
                "192.0.2.2:7070",
                "[fe80::1]:7070",
                "0.0.0.0:7070",
                "",
                " ",
                "localhost:70:70",
                "[::1",
                "::1")) {
            assertFalse(names.allows(host), host);
        }
        assertFalse(names.allows(null), "a request without Host header");
    }

    @Test
    void withoutAMagicDnsNameOnlyAddressesAndLocalhostPass() {
        HostNames loopbackOnly = HostNames.of(List.of(ip("127.0.0.1")), Optional.empty());

        assertTrue(loopbackOnly.allows("localhost:7070"));
        assertFalse(loopbackOnly.allows("box.example-tailnet.ts.net"));
        assertFalse(loopbackOnly.allows(TAILSCALE_V4 + ":7070"));
    }
}
