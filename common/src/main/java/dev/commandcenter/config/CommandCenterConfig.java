package dev.commandcenter.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** Settings shared by the collector and the query side (DESIGN §7). */
@ConfigMapping(prefix = "command-center")
public interface CommandCenterConfig {

    /** Where the embedded log lives; relative paths resolve against the working directory. */
    @WithDefault("data")
    String dataDir();

    /** Which halves of the command center this process runs. */
    @WithDefault("all")
    Role role();

    /** This collector's name in the log; defaults to the machine's host name. */
    Optional<String> hostId();

    /** Who may reach the listener. */
    Access access();

    interface Access {
        /** {@code loopback} (default) or {@code tailnet}. */
        @WithDefault("loopback")
        AccessMode mode();

        /** Listener addresses, IP literals only; unset = 127.0.0.1 and ::1 (plus the Tailscale addresses in tailnet mode). */
        Optional<List<String>> bindAddresses();

        /** In tailnet mode, the one Tailscale address to bind; it must be on the Tailscale interface. Unset = all found. */
        Optional<String> tailnetAddress();

        /** The network interface that carries the Tailscale addresses. */
        @WithDefault("tailscale0")
        String tailnetInterface();

        /** This machine's MagicDNS name (e.g. {@code box.example-tailnet.ts.net}), accepted as a Host header. */
        Optional<String> magicDnsName();

        /**
         * Refuse tailnet peers unless tailscaled's LocalAPI confirms them with whois. Unset = true in
         * tailnet mode (an unconfirmed peer is refused); {@code false} admits it as an unknown viewer.
         */
        Optional<Boolean> requireWhois();

        /** Trust {@code Tailscale-User-Login} from the local {@code tailscale serve} proxy; loopback mode only. */
        @WithDefault("false")
        boolean trustServeProxy();

        /** The Unix socket of tailscaled's LocalAPI, used for whois. */
        @WithDefault("/var/run/tailscale/tailscaled.sock")
        String localApiSocket();

        /** Tailnet logins allowed to look; when set, a request whose identity cannot be established is refused. */
        Optional<List<String>> allowedLogins();
    }
}
