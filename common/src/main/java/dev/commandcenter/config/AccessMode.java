package dev.commandcenter.config;

/** Who may reach the listener (DESIGN §5). */
public enum AccessMode {
    /** 127.0.0.1 and ::1 only. */
    LOOPBACK,
    /** The machine's Tailscale addresses plus loopback. */
    TAILNET
}
