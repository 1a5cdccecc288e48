package dev.commandcenter.ui.access;

import java.net.InetAddress;

/** One address configured on one of this machine's network interfaces. */
public record NicAddress(String interfaceName, InetAddress address) {}
