package dev.commandcenter.config;

/**
 * A setting the command center cannot start with. The message is one line an operator can act on:
 * the setting, its value and what is accepted.
 */
public class SettingRefused extends RuntimeException {

    public SettingRefused(String message) {
        super("Refusing to start: " + message, null, false, false);
    }
}
