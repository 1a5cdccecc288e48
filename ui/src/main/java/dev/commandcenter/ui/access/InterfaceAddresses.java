package dev.commandcenter.ui.access;

import io.quarkus.arc.DefaultBean;
import jakarta.inject.Singleton;
import java.io.UncheckedIOException;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.List;

/** Reads the addresses of the interfaces that are up, from the operating system. */
@Singleton
@DefaultBean
public class InterfaceAddresses implements MachineAddresses {

    @Override
    public List<NicAddress> addresses() {
        try {
            return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                    .filter(InterfaceAddresses::isUp)
                    .flatMap(nic -> nic.inetAddresses().map(a -> new NicAddress(nic.getName(), a)))
                    .toList();
        } catch (SocketException e) {
            throw new UncheckedIOException("cannot list network interfaces", e);
        }
    }

    private static boolean isUp(NetworkInterface nic) {
        try {
            return nic.isUp();
        } catch (SocketException e) {
            return false;
        }
    }
}
