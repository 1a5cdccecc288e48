package dev.commandcenter.ui.access;

import java.net.InetAddress;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a browser may use to reach the command center: localhost, the loopback and listener
 * addresses, and the MagicDNS name, each with or without a port. Any other Host header is a
 * request meant for another site (DNS rebinding) and is refused.
 */
public final class HostNames {

    private static final Pattern BRACKETED = Pattern.compile("\\[([^\\]]+)\\](?::(\\d{1,5}))?");
    private static final Pattern NAME_AND_PORT = Pattern.compile("([^:\\[\\]]+)(?::(\\d{1,5}))?");

    private final Set<String> names;
    private final Set<InetAddress> addresses;

    private HostNames(Set<String> names, Set<InetAddress> addresses) {
        this.names = Set.copyOf(names);
        this.addresses = Set.copyOf(addresses);
    }

    static HostNames of(Collection<InetAddress> listeners, Optional<String> magicDnsName) {
        Set<String> names = new HashSet<>();
        names.add("localhost");
        magicDnsName.map(HostNames::normalise).filter(n -> !n.isEmpty()).ifPresent(names::add);
        Set<InetAddress> addresses = new HashSet<>(listeners);
        addresses.add(AddressRanges.literal("127.0.0.1").orElseThrow());
        addresses.add(AddressRanges.literal("::1").orElseThrow());
        return new HostNames(names, addresses);
    }

    /** Whether a Host header (or HTTP/2 authority) names this command center. */
    public boolean allows(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return false;
        }
        String host = hostHeader.trim();
        Matcher bracketed = BRACKETED.matcher(host);
        if (bracketed.matches()) {
            return AddressRanges.literal(bracketed.group(1))
                    .map(addresses::contains)
                    .orElse(false);
        }
        Matcher plain = NAME_AND_PORT.matcher(host);
        if (!plain.matches()) {
            return false;
        }
        String name = normalise(plain.group(1));
        Optional<InetAddress> literal = AddressRanges.literal(name);
        return literal.isPresent() ? addresses.contains(literal.get()) : names.contains(name);
    }

    private static String normalise(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }
}
