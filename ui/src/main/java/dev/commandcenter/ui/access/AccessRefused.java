package dev.commandcenter.ui.access;

/** The access settings would expose the command center beyond loopback and the tailnet: start is refused. */
public class AccessRefused extends RuntimeException {

    public AccessRefused(String setting, String problem) {
        super("Refusing to start: " + setting + " " + problem);
    }
}
