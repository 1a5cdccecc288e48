package dev.commandcenter.config;

/**
 * A credential's value together with where it came from. Only {@link #reveal()} gives the value,
 * for the one place that sends it (an {@code Authorization} header); {@code toString} names the
 * origin and never the value, so a secret logged or rendered by mistake leaks nothing.
 */
public final class Secret {

    private final String value;
    private final String origin;

    Secret(String value, String origin) {
        this.value = value;
        this.origin = origin;
    }

    /** The value itself. Never log it, put it in an error, a page, an API answer or the observation log. */
    public String reveal() {
        return value;
    }

    /** Where the value was read from, e.g. {@code file config/gitea.token}; safe to log. */
    public String origin() {
        return origin;
    }

    @Override
    public String toString() {
        return "Secret[from " + origin + "]";
    }
}
