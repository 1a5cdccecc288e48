package dev.commandcenter.ui.access;

import static dev.commandcenter.ui.access.Machines.TAILSCALE_V4;
import static dev.commandcenter.ui.access.Machines.TAILSCALE_V6;
import static dev.commandcenter.ui.access.Machines.ip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.commandcenter.config.AccessMode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListenerPlannerTest {

    private static final AccessSettings LOOPBACK = AccessSettings.loopbackDefaults();
    private static final AccessSettings TAILNET = LOOPBACK.withMode(AccessMode.TAILNET);

    @Test
    void listensOnBothLoopbackAddressesByDefault() {
        ListenerPlan plan = ListenerPlanner.plan(LOOPBACK, Machines.withTailscale());

        assertEquals(List.of(ip("127.0.0.1"), ip("::1")), plan.all());
        assertTrue(plan.tailnet().isEmpty(), "loopback mode never binds the Tailscale address");
    }

    @Test
    void listensOnlyOn127001WhereTheMachineHasNoIpv6Loopback() {
        ListenerPlan plan = ListenerPlanner.plan(LOOPBACK, List.of(Machines.nic("lo", "127.0.0.1")));

        assertEquals(List.of(ip("127.0.0.1")), plan.all());
    }

    @Test
    void tailnetModeAddsTheTailscaleAddressesFoundOnTheInterface() {
        ListenerPlan plan = ListenerPlanner.plan(TAILNET, Machines.withTailscale());

        assertEquals(List.of(ip("127.0.0.1"), ip("::1"), ip(TAILSCALE_V4), ip(TAILSCALE_V6)), plan.all());
        assertEquals(Set.of(ip(TAILSCALE_V4), ip(TAILSCALE_V6)), plan.tailnet());
    }

    @Test
    void tailnetModeBindsOnlyTheExplicitTailnetAddressWhenGiven() {
        ListenerPlan plan = ListenerPlanner.plan(TAILNET.withTailnetAddress(TAILSCALE_V4), Machines.withTailscale());

        assertEquals(Set.of(ip(TAILSCALE_V4)), plan.tailnet());
    }

    @Test
    void refusesTheWildcardAsQuarkusHttpHost() {
        AccessRefused refused = assertThrows(
                AccessRefused.class,
                () -> ListenerPlanner.plan(LOOPBACK.withHttpHost("0.0.0.0"), Machines.withTailscale()));

        assertEquals(
                "Refusing to start: quarkus.http.host is the wildcard 0.0.0.0, which listens on every"
                        + " interface; set it to 127.0.0.1 and use command-center.access.mode=tailnet to be reachable on the"
                        + " tailnet",
                refused.getMessage());
    }

    @Test
    void refusesTheIpv6WildcardAndAPublicAddressAsQuarkusHttpHost() {
        assertRefused(LOOPBACK.withHttpHost("::"), "quarkus.http.host is the wildcard ::");
        assertRefused(LOOPBACK.withHttpHost("192.0.2.2"), "quarkus.http.host is 192.0.2.2, not a loopback address");
        assertRefused(TAILNET.withHttpHost(TAILSCALE_V4), "quarkus.http.host is " + TAILSCALE_V4 + ", not a loopback");
        assertRefused(LOOPBACK.withHttpHost("box.example"), "quarkus.http.host is 'box.example', not an IP address");
    }

    @Test
    void refusesWildcardsAndOutsideAddressesInBindAddresses() {
        assertRefused(
                LOOPBACK.withBindAddresses(List.of("127.0.0.1", "0.0.0.0")),
                "command-center.access.bind-addresses contains the wildcard 0.0.0.0");
        assertRefused(
                LOOPBACK.withBindAddresses(List.of("127.0.0.1", "::")),
                "command-center.access.bind-addresses contains the wildcard ::");
        assertRefused(
                LOOPBACK.withBindAddresses(List.of("127.0.0.1", "192.0.2.2")),
                "command-center.access.bind-addresses contains 192.0.2.2, outside loopback and the tailnet");
    }

    @Test
    void refusesTailnetModeWhenNoTailscaleAddressIsFound() {
        AccessRefused refused =
                assertThrows(AccessRefused.class, () -> ListenerPlanner.plan(TAILNET, Machines.withoutTailscale()));

        assertEquals(
                "Refusing to start: command-center.access.mode is tailnet, but no Tailscale address"
                        + " (100.64.0.0/10 or fd7a:115c:a1e0::/48) is to be bound: interface tailscale0 has none;"
                        + " is tailscaled up? (command-center.access.tailnet-interface names the interface)",
                refused.getMessage());
    }

    @Test
    void aCarrierNatAddressOnAnotherInterfaceIsNotATailscaleAddress() {
        AccessRefused refused =
                assertThrows(AccessRefused.class, () -> ListenerPlanner.plan(TAILNET, Machines.behindCarrierNat()));
        assertTrue(refused.getMessage().contains("no Tailscale address"), refused.getMessage());

        assertThrows(
                AccessRefused.class,
                () -> ListenerPlanner.plan(TAILNET.withTailnetAddress("100.72.0.9"), Machines.behindCarrierNat()));
    }

    @Test
    void refusesAnExplicitTailnetAddressOutsideTheRangesOrNotOnTheInterface() {
        assertRefused(
                TAILNET.withTailnetAddress("192.0.2.2"),
                "command-center.access.tailnet-address is 192.0.2.2, outside the tailnet ranges");
        assertRefused(
                TAILNET.withTailnetAddress("100.64.0.1"),
                "command-center.access.tailnet-address is 100.64.0.1, which is not an address of interface tailscale0");
    }

    @Test
    void refusesConflictingSettings() {
        assertRefused(
                LOOPBACK.withTailnetAddress(TAILSCALE_V4),
                "command-center.access.tailnet-address is set but command-center.access.mode is loopback");
        assertRefused(
                LOOPBACK.withBindAddresses(List.of("127.0.0.1", TAILSCALE_V4)),
                "command-center.access.bind-addresses contains the Tailscale address " + TAILSCALE_V4
                        + " but command-center.access.mode is loopback");
        assertRefused(
                TAILNET.withBindAddresses(List.of("127.0.0.1")),
                "command-center.access.mode is tailnet, but no Tailscale address");
        assertRefused(
                TAILNET.withBindAddresses(List.of("127.0.0.1", TAILSCALE_V4)).withTailnetAddress(TAILSCALE_V6),
                "command-center.access.tailnet-address conflicts with command-center.access.bind-addresses");
        assertRefused(
                LOOPBACK.withBindAddresses(List.of("::1")),
                "quarkus.http.host is 127.0.0.1, which command-center.access.bind-addresses does not list");
        assertRefused(
                TAILNET.withIdentity(false, true, List.of()),
                "command-center.access.trust-serve-proxy is true but command-center.access.mode is tailnet");
        assertRefused(
                LOOPBACK.withIdentity(true, false, List.of()),
                "command-center.access.require-whois is true but command-center.access.mode is loopback");
        assertRefused(
                LOOPBACK.withIdentity(false, false, List.of("alice@example.com")),
                "command-center.access.allowed-logins is set but nothing can establish identity");
    }

    @Test
    void refusesQuarkusSettingsThatWouldWidenTheListenerOrTrustForwardedHeaders() {
        assertRefused(
                LOOPBACK.withQuarkusExtras(true, Optional.empty()),
                "quarkus.http.proxy.proxy-address-forwarding is true");
        assertRefused(
                LOOPBACK.withQuarkusExtras(false, Optional.of("0.0.0.0")),
                "quarkus.management.host is '0.0.0.0' with the management interface enabled");
    }

    @Test
    void acceptsAnExplicitLoopbackOnlyList() {
        ListenerPlan plan =
                ListenerPlanner.plan(LOOPBACK.withBindAddresses(List.of("127.0.0.1")), Machines.withTailscale());

        assertEquals(List.of(ip("127.0.0.1")), plan.all());
    }

    private static void assertRefused(AccessSettings settings, String messageStart) {
        AccessRefused refused =
                assertThrows(AccessRefused.class, () -> ListenerPlanner.plan(settings, Machines.withTailscale()));
        assertTrue(refused.getMessage().startsWith("Refusing to start: " + messageStart), refused.getMessage());
    }
}
