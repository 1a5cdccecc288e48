package dev.commandcenter.ui.access;

/**
 * Who is looking at the command center, as far as it can tell; shown on every page. {@code login}
 * is set only for {@link ViewerKind#LOGIN}.
 */
public record Viewer(ViewerKind kind, String login, String description) {

    /** Routing-context key under which the admission filter leaves the viewer. */
    public static final String KEY = "command-center.viewer";

    public static Viewer login(String login, String via) {
        return new Viewer(ViewerKind.LOGIN, login, login + " (" + via + ")");
    }

    public static Viewer local() {
        return new Viewer(ViewerKind.LOCAL, "", "a local user of this machine");
    }

    public static Viewer tagged(String node) {
        return new Viewer(ViewerKind.TAGGED_DEVICE, "", "tagged device " + node + " (no user identity)");
    }

    public static Viewer unknown(String why) {
        return new Viewer(ViewerKind.UNKNOWN, "", "unknown tailnet peer (" + why + ")");
    }

    public enum ViewerKind {
        /** A tailnet login, from tailscale serve's header or from whois. */
        LOGIN,
        /** A process on this machine; no identity claimed. */
        LOCAL,
        /** A tagged tailnet device: whois names the node, not a person. */
        TAGGED_DEVICE,
        /** A tailnet peer whose identity could not be checked. */
        UNKNOWN
    }
}
