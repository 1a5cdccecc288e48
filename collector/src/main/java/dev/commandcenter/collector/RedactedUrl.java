package dev.commandcenter.collector;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A configured URL as it may be shown or stored: its user-info and the values of secret-looking
 * query parameters are masked. The log is append-only, so a credential that reached it could
 * never be removed; everything a source says about a URL goes through here first.
 */
public final class RedactedUrl {

    /** What replaces a credential. */
    public static final String MASK = "***";

    /** Parameter names that carry credentials in the wild ({@code api_key}, {@code access_token}, {@code sig}, …). */
    private static final Pattern SECRET_NAME =
            Pattern.compile("(?i).*(key|token|secret|passw|pwd|auth|sig|credential|session|cookie).*");

    private RedactedUrl() {}

    /** The URL with user-info and secret-looking query (and fragment) values masked. */
    public static String of(URI url) {
        if (url.isOpaque() || url.getRawAuthority() == null) {
            return url.getRawUserInfo() == null && url.getRawQuery() == null ? url.toString() : MASK;
        }
        StringBuilder text = new StringBuilder();
        if (url.getScheme() != null) {
            text.append(url.getScheme()).append(':');
        }
        text.append("//");
        String authority = url.getRawAuthority();
        int at = authority.lastIndexOf('@');
        text.append(at >= 0 ? MASK + authority.substring(at) : authority);
        text.append(url.getRawPath() == null ? "" : url.getRawPath());
        if (url.getRawQuery() != null) {
            text.append('?').append(masked(url.getRawQuery()));
        }
        if (url.getRawFragment() != null) {
            text.append('#').append(masked(url.getRawFragment()));
        }
        return text.toString();
    }

    private static String masked(String rawParameters) {
        StringBuilder masked = new StringBuilder();
        for (String parameter : rawParameters.split("&", -1)) {
            if (masked.length() > 0) {
                masked.append('&');
            }
            int equals = parameter.indexOf('=');
            boolean secret = equals > 0
                    && SECRET_NAME
                            .matcher(URLDecoder.decode(parameter.substring(0, equals), StandardCharsets.UTF_8))
                            .matches();
            masked.append(secret ? parameter.substring(0, equals + 1) + MASK : parameter);
        }
        return masked.toString();
    }

    /** Any text (an error message, say) with the URL's credentials masked wherever they appear. */
    public static String scrub(String text, URI url) {
        if (text == null) {
            return null;
        }
        String scrubbed = text.replace(url.toString(), of(url));
        for (String secret : secrets(url)) {
            scrubbed = scrubbed.replace(secret, MASK);
        }
        return scrubbed;
    }

    /** Whether the URL carries anything that {@link #of} masks. */
    public static boolean carriesCredentials(URI url) {
        return !secrets(url).isEmpty();
    }

    /** The raw credential strings in the URL, longest first so that no part of one is left behind. */
    private static List<String> secrets(URI url) {
        List<String> secrets = new ArrayList<>();
        if (url.getRawUserInfo() != null && !url.getRawUserInfo().isEmpty()) {
            secrets.add(url.getRawUserInfo());
            if (url.getUserInfo() != null) {
                secrets.add(url.getUserInfo());
            }
        }
        secretValues(url.getRawQuery(), secrets);
        secretValues(url.getRawFragment(), secrets);
        secrets.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return secrets;
    }

    private static void secretValues(String rawParameters, List<String> secrets) {
        if (rawParameters == null) {
            return;
        }
        for (String parameter : rawParameters.split("&")) {
            int equals = parameter.indexOf('=');
            if (equals <= 0 || equals == parameter.length() - 1) {
                continue;
            }
            String name = URLDecoder.decode(parameter.substring(0, equals), StandardCharsets.UTF_8);
            if (SECRET_NAME.matcher(name).matches()) {
                String raw = parameter.substring(equals + 1);
                secrets.add(raw);
                secrets.add(URLDecoder.decode(raw, StandardCharsets.UTF_8));
            }
        }
    }
}
