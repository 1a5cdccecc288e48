package dev.commandcenter.ui.access;

import java.net.InetAddress;

/** Asks tailscaled who a peer is; replaceable so tests need no tailscaled. Blocking. */
public interface TailscaleWhois {

    WhoisAnswer whois(InetAddress peer, int port);
}
