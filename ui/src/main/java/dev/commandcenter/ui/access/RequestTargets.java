package dev.commandcenter.ui.access;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** The authority an absolute-form request target ({@code GET http://host:port/path}) names. */
final class RequestTargets {

    private RequestTargets() {}

    /** The target's {@code host[:port]}; empty when it is not an absolute http(s) URI with one. */
    static Optional<String> authority(String target) {
        try {
            URI uri = new URI(target);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            return Optional.ofNullable(uri.getRawAuthority());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
