package dev.commandcenter.ui.browser;

import java.nio.file.Path;

/**
 * Where browser tests leave their screenshots, for a person to look at: target/screenshots. The
 * pictures in docs/screenshots come from the simulated fleet instead (deploy/bench/screenshots.sh).
 */
public final class Screenshots {

    private Screenshots() {}

    public static Path of(String name) {
        return Path.of("target", "screenshots").resolve(name + ".png");
    }
}
