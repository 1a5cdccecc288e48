package dev.commandcenter.ui.access;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The only address ranges the command center listens on or admits: loopback and Tailscale's
 * (100.64.0.0/10 for IPv4, fd7a:115c:a1e0::/48 for IPv6). 100.64.0.0/10 is also carrier-grade NAT
 * space, so being in it proves nothing alone; see {@link PeerRules}.
 */
public final class AddressRanges {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private AddressRanges() {}

    public static boolean isLoopback(InetAddress address) {
        return address.isLoopbackAddress();
    }

    public static boolean isTailnet(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
        }
        return address instanceof Inet6Address
                && (b[0] & 0xff) == 0xfd
                && (b[1] & 0xff) == 0x7a
                && (b[2] & 0xff) == 0x11
                && (b[3] & 0xff) == 0x5c
                && (b[4] & 0xff) == 0xa1
                && (b[5] & 0xff) == 0xe0;
    }

    public static boolean isWildcard(InetAddress address) {
        return address.isAnyLocalAddress();
    }

    /**
     * Parses an IP literal ({@code 127.0.0.1}, {@code ::1}, {@code [::1]}) without ever asking DNS;
     * names and malformed text give empty.
     */
    public static Optional<InetAddress> literal(String text) {
        String t = text.trim();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        int zone = t.indexOf('%');
        String bare = zone >= 0 ? t.substring(0, zone) : t;
        if (!IPV4.matcher(bare).matches() && !IPV6.matcher(bare).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(bare));
        } catch (UnknownHostException malformed) {
            return Optional.empty();
        }
    }

    /** The address as it appears in a URL's host part: IPv6 in brackets. */
    public static String uriHost(InetAddress address) {
        String text = address.getHostAddress();
        int zone = text.indexOf('%');
        String bare = zone >= 0 ? text.substring(0, zone) : text;
        return address instanceof Inet6Address ? "[" + bare + "]" : bare;
    }
}
