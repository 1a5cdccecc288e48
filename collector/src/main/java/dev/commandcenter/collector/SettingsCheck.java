package dev.commandcenter.collector;

import dev.commandcenter.config.SettingRefused;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The settings that shape polling or end up in the log, checked before anything is polled. Each
 * refusal is one line naming the setting, its value and what is accepted. Pure.
 */
public final class SettingsCheck {

    /** The log's {@code host} column. */
    static final int MAX_HOST_ID = 255;
    /** Names become subjects ({@code agent:<name>}, {@code endpoint:<name>}) in a 512-character column. */
    static final int MAX_NAME = 200;

    private final List<String> refusals = new ArrayList<>();

    /** @throws SettingRefused naming every refused setting, one per line */
    public void enforce() {
        if (!refusals.isEmpty()) {
            throw new SettingRefused(String.join(System.lineSeparator() + "Refusing to start: ", refusals));
        }
    }

    public List<String> refusals() {
        return List.copyOf(refusals);
    }

    public SettingsCheck hostId(Optional<String> hostId) {
        hostId.filter(id -> !id.isBlank()).ifPresent(id -> {
            if (id.length() > MAX_HOST_ID || id.chars().anyMatch(Character::isISOControl)) {
                refuse(
                        "command-center.host-id",
                        shorten(id) + " (" + id.length() + " characters)",
                        "at most " + MAX_HOST_ID + " printable characters, such as the machine's host name");
            }
        });
        return this;
    }

    public SettingsCheck timing(String source, PollTiming timing) {
        positive("command-center." + source + ".interval", timing.interval());
        positive("command-center." + source + ".timeout", timing.timeout());
        timing.staleAfter().ifPresent(d -> positive("command-center." + source + ".stale-after", d));
        return this;
    }

    public SettingsCheck port(String setting, int port) {
        if (port < 0 || port > 65535) {
            refuse(setting, Integer.toString(port), "a TCP port from 1 to 65535 (0: any free port)");
        }
        return this;
    }

    /** A forge URL: http or https with a host, and no credentials in it (the token has its own settings). */
    public SettingsCheck forgeUrl(String setting, Optional<URI> url, String credentialSettings) {
        url.ifPresent(u -> {
            if (!httpWithHost(u)) {
                refuse(
                        setting,
                        RedactedUrl.of(u),
                        "an http:// or https:// URL with a host, such as https://gitea.example");
            } else if (u.getRawUserInfo() != null) {
                refuse(
                        setting,
                        RedactedUrl.of(u),
                        "a URL without user or password; put the token in " + credentialSettings);
            }
        });
        return this;
    }

    /** Health URLs: http or https with a host (credentials in them are masked wherever shown). */
    public SettingsCheck probeUrls(String settingPattern, Map<String, URI> urls) {
        urls.forEach((name, url) -> {
            if (!httpWithHost(url)) {
                refuse(
                        settingPattern.replace("<name>", name),
                        RedactedUrl.of(url),
                        "an http:// or https:// URL with a host, such as http://127.0.0.1:11434/api/tags");
            }
        });
        return this;
    }

    /** Names that become subjects: not empty, not too long, printable. */
    public SettingsCheck names(String settingPattern, Iterable<String> names) {
        for (String name : names) {
            if (name.isBlank() || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
                refuse(
                        settingPattern.replace("<name>", shorten(name)),
                        "a name of " + name.length() + " characters",
                        "a name of 1 to " + MAX_NAME + " printable characters");
            }
        }
        return this;
    }

    private void positive(String setting, Duration value) {
        if (value.isZero() || value.isNegative()) {
            refuse(
                    setting,
                    value.toString().substring(2).toLowerCase(Locale.ROOT),
                    "a positive duration, such as 60s or 5m");
        }
    }

    private void refuse(String setting, String value, String accepted) {
        refusals.add(setting + " is " + value + "; accepted: " + accepted);
    }

    private static boolean httpWithHost(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && url.getHost() != null;
    }

    private static String shorten(String value) {
        String printable = value.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
    }
}
