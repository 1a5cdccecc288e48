package dev.commandcenter.ui.access;

import java.net.InetAddress;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where the command center listens: {@code primary} is Quarkus' own listener
 * ({@code quarkus.http.host}), {@code additional} the loopback and Tailscale addresses served by
 * extra listeners on the same port and router. {@code tailnet} are the Tailscale addresses among them.
 */
public record ListenerPlan(
        InetAddress primary, List<InetAddress> additional, Set<InetAddress> tailnet, HostNames hostNames) {

    public List<InetAddress> all() {
        return Stream.concat(Stream.of(primary), additional.stream()).toList();
    }

    public boolean isTailnetListener(InetAddress local) {
        return tailnet.contains(local);
    }
}
