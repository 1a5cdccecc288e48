package dev.commandcenter.ui.browser;

import java.nio.file.Path;

/** Where browser tests leave their screenshots: target/screenshots, or docs/screenshots with -Dscreenshots=docs. */
public final class Screenshots {

    private Screenshots() {
    }

    public static Path of(String name) {
        boolean docs = "docs".equals(System.getProperty("screenshots"));
        return (docs ? Path.of("..", "docs", "screenshots") : Path.of("target", "screenshots")).resolve(name + ".png");
    }
}
