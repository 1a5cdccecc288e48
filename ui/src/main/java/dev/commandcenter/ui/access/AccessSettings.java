package dev.commandcenter.ui.access;

import dev.commandcenter.config.AccessMode;
import dev.commandcenter.config.CommandCenterConfig;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Every setting the listener plan depends on: the command center's own access settings and the
 * Quarkus settings that could widen the listener behind their back.
 */
public record AccessSettings(
        AccessMode mode,
        List<String> bindAddresses,
        Optional<String> tailnetAddress,
        String tailnetInterface,
        Optional<String> magicDnsName,
        Optional<Boolean> requireWhois,
        boolean trustServeProxy,
        List<String> allowedLogins,
        String httpHost,
        boolean proxyAddressForwarding,
        Optional<String> managementHost) {

    static final String HTTP_HOST = "quarkus.http.host";
    static final String PROXY_FORWARDING = "quarkus.http.proxy.proxy-address-forwarding";
    static final String MANAGEMENT_HOST = "quarkus.management.host";

    /** Loopback mode with nothing else set: what a fresh install runs with. */
    public static AccessSettings loopbackDefaults() {
        return new AccessSettings(
                AccessMode.LOOPBACK,
                List.of(),
                Optional.empty(),
                "tailscale0",
                Optional.empty(),
                Optional.empty(),
                false,
                List.of(),
                "127.0.0.1",
                false,
                Optional.empty());
    }

    public static AccessSettings from(CommandCenterConfig.Access access, Config config) {
        boolean management = config.getOptionalValue("quarkus.management.enabled", Boolean.class)
                .orElse(false);
        return new AccessSettings(
                access.mode(),
                access.bindAddresses().orElse(List.of()),
                access.tailnetAddress(),
                access.tailnetInterface(),
                access.magicDnsName(),
                access.requireWhois(),
                access.trustServeProxy(),
                access.allowedLogins().orElse(List.of()),
                config.getOptionalValue(HTTP_HOST, String.class).orElse("0.0.0.0"),
                config.getOptionalValue(PROXY_FORWARDING, Boolean.class).orElse(false),
                management
                        ? Optional.of(config.getOptionalValue(MANAGEMENT_HOST, String.class)
                                .orElse("0.0.0.0"))
                        : Optional.empty());
    }

    /** Whether a tailnet peer tailscaled does not confirm is refused: yes unless the operator opted out. */
    public boolean whoisRequired() {
        return requireWhois.orElse(true);
    }

    public AccessSettings withMode(AccessMode newMode) {
        return new AccessSettings(
                newMode,
                bindAddresses,
                tailnetAddress,
                tailnetInterface,
                magicDnsName,
                requireWhois,
                trustServeProxy,
                allowedLogins,
                httpHost,
                proxyAddressForwarding,
                managementHost);
    }

    public AccessSettings withBindAddresses(List<String> addresses) {
        return new AccessSettings(
                mode,
                addresses,
                tailnetAddress,
                tailnetInterface,
                magicDnsName,
                requireWhois,
                trustServeProxy,
                allowedLogins,
                httpHost,
                proxyAddressForwarding,
                managementHost);
    }

    public AccessSettings withTailnetAddress(String address) {
        return new AccessSettings(
                mode,
                bindAddresses,
                Optional.of(address),
                tailnetInterface,
                magicDnsName,
                requireWhois,
                trustServeProxy,
                allowedLogins,
                httpHost,
                proxyAddressForwarding,
                managementHost);
    }

    public AccessSettings withHttpHost(String host) {
        return new AccessSettings(
                mode,
                bindAddresses,
                tailnetAddress,
                tailnetInterface,
                magicDnsName,
                requireWhois,
                trustServeProxy,
                allowedLogins,
                host,
                proxyAddressForwarding,
                managementHost);
    }

    public AccessSettings withIdentity(boolean whois, boolean serveProxy, List<String> logins) {
        return new AccessSettings(
                mode,
                bindAddresses,
                tailnetAddress,
                tailnetInterface,
                magicDnsName,
                Optional.of(whois),
                serveProxy,
                logins,
                httpHost,
                proxyAddressForwarding,
                managementHost);
    }

    public AccessSettings withQuarkusExtras(boolean forwarding, Optional<String> management) {
        return new AccessSettings(
                mode,
                bindAddresses,
                tailnetAddress,
                tailnetInterface,
                magicDnsName,
                requireWhois,
                trustServeProxy,
                allowedLogins,
                httpHost,
                forwarding,
                management);
    }
}
