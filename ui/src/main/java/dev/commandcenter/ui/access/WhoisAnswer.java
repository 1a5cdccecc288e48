package dev.commandcenter.ui.access;

import java.util.List;

/** What tailscaled's LocalAPI said about a peer address. */
public sealed interface WhoisAnswer {

    /** The peer is a node of this tailnet; {@code login} is empty for tagged devices. */
    record Known(String node, String login, List<String> tags) implements WhoisAnswer {
        public boolean tagged() {
            return !tags.isEmpty();
        }
    }

    /** tailscaled answered and does not know the peer: it is not on the tailnet. */
    record NotInTailnet(String detail) implements WhoisAnswer {}

    /** tailscaled could not be asked (no socket, no answer, unreadable answer). */
    record Unreachable(String reason) implements WhoisAnswer {}
}
