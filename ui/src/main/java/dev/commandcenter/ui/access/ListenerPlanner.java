package dev.commandcenter.ui.access;

import static dev.commandcenter.ui.access.AccessSettings.HTTP_HOST;
import static dev.commandcenter.ui.access.AccessSettings.MANAGEMENT_HOST;
import static dev.commandcenter.ui.access.AccessSettings.PROXY_FORWARDING;

import dev.commandcenter.config.AccessMode;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides the listeners from the settings and the machine's interfaces, or refuses to start with a
 * message naming the setting at fault. Nothing outside loopback and the tailnet is ever bound.
 */
public final class ListenerPlanner {

    static final String PREFIX = "command-center.access.";
    private static final String RANGES = "100.64.0.0/10 or fd7a:115c:a1e0::/48";

    private ListenerPlanner() {}

    public static ListenerPlan plan(AccessSettings s, List<NicAddress> machine) {
        InetAddress primary = primary(s.httpHost());
        checkQuarkusExtras(s);
        checkConsistency(s);
        List<InetAddress> tailscale = machine.stream()
                .filter(n -> n.interfaceName().equals(s.tailnetInterface()) && AddressRanges.isTailnet(n.address()))
                .map(NicAddress::address)
                .toList();
        Set<InetAddress> listeners = new LinkedHashSet<>();
        listeners.add(primary);
        if (s.bindAddresses().isEmpty()) {
            listeners.addAll(defaultLoopback(machine));
            if (s.mode() == AccessMode.TAILNET) {
                listeners.addAll(s.tailnetAddress().isPresent() ? List.of(tailnetAddress(s, tailscale)) : tailscale);
            }
        } else {
            List<InetAddress> requested = requested(s, tailscale);
            if (!requested.contains(primary)) {
                throw new AccessRefused(
                        HTTP_HOST,
                        "is " + s.httpHost() + ", which " + PREFIX
                                + "bind-addresses does not list; list it there or leave " + PREFIX
                                + "bind-addresses unset");
            }
            listeners.addAll(requested);
            if (s.tailnetAddress().isPresent() && !requested.contains(tailnetAddress(s, tailscale))) {
                throw new AccessRefused(
                        PREFIX + "tailnet-address",
                        "conflicts with " + PREFIX + "bind-addresses, which does not list it; set only one of the two");
            }
        }
        Set<InetAddress> tailnet = new LinkedHashSet<>();
        listeners.stream().filter(AddressRanges::isTailnet).forEach(tailnet::add);
        if (s.mode() == AccessMode.TAILNET && tailnet.isEmpty()) {
            throw new AccessRefused(
                    PREFIX + "mode",
                    "is tailnet, but no Tailscale address (" + RANGES
                            + ") is to be bound: interface " + s.tailnetInterface() + " has " + listed(tailscale)
                            + (s.bindAddresses().isEmpty()
                                    ? "; is tailscaled up? (" + PREFIX + "tailnet-interface names the interface)"
                                    : " and " + PREFIX + "bind-addresses lists none"));
        }
        List<InetAddress> additional = new ArrayList<>(listeners);
        additional.remove(primary);
        return new ListenerPlan(
                primary, List.copyOf(additional), Set.copyOf(tailnet), HostNames.of(listeners, s.magicDnsName()));
    }

    private static InetAddress primary(String httpHost) {
        InetAddress host = "localhost".equalsIgnoreCase(httpHost.trim())
                ? InetAddress.getLoopbackAddress()
                : AddressRanges.literal(httpHost)
                        .orElseThrow(() -> new AccessRefused(
                                HTTP_HOST, "is '" + httpHost + "', not an IP address; set it to 127.0.0.1"));
        if (AddressRanges.isWildcard(host)) {
            throw new AccessRefused(
                    HTTP_HOST,
                    "is the wildcard " + httpHost + ", which listens on every interface;"
                            + " set it to 127.0.0.1 and use " + PREFIX + "mode=tailnet to be reachable on the tailnet");
        }
        if (!AddressRanges.isLoopback(host)) {
            throw new AccessRefused(
                    HTTP_HOST,
                    "is " + httpHost + ", not a loopback address; set it to 127.0.0.1;"
                            + " the Tailscale listener comes from " + PREFIX + "mode=tailnet");
        }
        return host;
    }

    private static void checkQuarkusExtras(AccessSettings s) {
        if (s.proxyAddressForwarding()) {
            throw new AccessRefused(
                    PROXY_FORWARDING,
                    "is true: X-Forwarded-For would replace the peer address the"
                            + " access check relies on; leave it false (" + PREFIX
                            + "trust-serve-proxy covers tailscale serve)");
        }
        s.managementHost().ifPresent(host -> {
            boolean loopback = "localhost".equalsIgnoreCase(host)
                    || AddressRanges.literal(host)
                            .filter(AddressRanges::isLoopback)
                            .isPresent();
            if (!loopback) {
                throw new AccessRefused(
                        MANAGEMENT_HOST,
                        "is '" + host + "' with the management interface enabled;"
                                + " set it to 127.0.0.1 or disable quarkus.management.enabled");
            }
        });
    }

    private static void checkConsistency(AccessSettings s) {
        if (s.mode() == AccessMode.LOOPBACK) {
            if (s.tailnetAddress().isPresent()) {
                throw new AccessRefused(
                        PREFIX + "tailnet-address",
                        "is set but " + PREFIX + "mode is loopback; set mode=tailnet or remove it");
            }
            if (s.requireWhois().orElse(false)) {
                throw new AccessRefused(
                        PREFIX + "require-whois",
                        "is true but " + PREFIX + "mode is loopback; whois confirms tailnet peers only");
            }
            if (!s.allowedLogins().isEmpty() && !s.trustServeProxy()) {
                throw new AccessRefused(
                        PREFIX + "allowed-logins",
                        "is set but nothing can establish identity in"
                                + " loopback mode; set " + PREFIX + "trust-serve-proxy=true behind tailscale serve,"
                                + " or mode=tailnet");
            }
        } else if (s.trustServeProxy()) {
            throw new AccessRefused(
                    PREFIX + "trust-serve-proxy",
                    "is true but " + PREFIX + "mode is tailnet;"
                            + " identity headers can be trusted only on a loopback-only listener");
        }
    }

    private static List<InetAddress> defaultLoopback(List<NicAddress> machine) {
        List<InetAddress> loopback = new ArrayList<>();
        for (String candidate : List.of("127.0.0.1", "::1")) {
            InetAddress address = AddressRanges.literal(candidate).orElseThrow();
            if (machine.stream().anyMatch(n -> n.address().equals(address))) {
                loopback.add(address);
            }
        }
        return loopback;
    }

    private static List<InetAddress> requested(AccessSettings s, List<InetAddress> tailscale) {
        String setting = PREFIX + "bind-addresses";
        List<InetAddress> result = new ArrayList<>();
        for (String text : s.bindAddresses()) {
            InetAddress a = AddressRanges.literal(text)
                    .orElseThrow(() -> new AccessRefused(setting, "contains '" + text + "', not an IP address"));
            if (AddressRanges.isWildcard(a)) {
                throw new AccessRefused(
                        setting,
                        "contains the wildcard " + text
                                + ", which listens on every interface; list loopback or Tailscale addresses only");
            } else if (AddressRanges.isTailnet(a)) {
                if (s.mode() == AccessMode.LOOPBACK) {
                    throw new AccessRefused(
                            setting,
                            "contains the Tailscale address " + text + " but " + PREFIX
                                    + "mode is loopback; set mode=tailnet");
                }
                if (!tailscale.contains(a)) {
                    throw new AccessRefused(
                            setting,
                            "contains " + text + ", which is not an address of interface " + s.tailnetInterface()
                                    + " (found: " + listed(tailscale) + ")");
                }
            } else if (!AddressRanges.isLoopback(a)) {
                throw new AccessRefused(
                        setting, "contains " + text + ", outside loopback and the tailnet (" + RANGES + ")");
            }
            result.add(a);
        }
        return result;
    }

    private static InetAddress tailnetAddress(AccessSettings s, List<InetAddress> tailscale) {
        String setting = PREFIX + "tailnet-address";
        String text = s.tailnetAddress().orElseThrow();
        InetAddress a = AddressRanges.literal(text)
                .orElseThrow(() -> new AccessRefused(setting, "is '" + text + "', not an IP address"));
        if (!AddressRanges.isTailnet(a)) {
            throw new AccessRefused(setting, "is " + text + ", outside the tailnet ranges " + RANGES);
        }
        if (!tailscale.contains(a)) {
            throw new AccessRefused(
                    setting,
                    "is " + text + ", which is not an address of interface " + s.tailnetInterface() + " (found: "
                            + listed(tailscale) + ")");
        }
        return a;
    }

    private static String listed(List<InetAddress> addresses) {
        return addresses.isEmpty()
                ? "none"
                : String.join(
                        ", ",
                        addresses.stream().map(InetAddress::getHostAddress).toList());
    }
}
