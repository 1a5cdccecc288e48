package dev.commandcenter.collector;

import dev.commandcenter.config.CommandCenterConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** This collector's name in the log: configured, or the machine's host name. */
@ApplicationScoped
public class HostIdentity {

    private final String hostId;

    @Inject
    public HostIdentity(CommandCenterConfig config) {
        this.hostId = config.hostId().filter(id -> !id.isBlank()).orElseGet(HostIdentity::machineName);
    }

    public String hostId() {
        return hostId;
    }

    private static String machineName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
