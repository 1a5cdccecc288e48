package dev.commandcenter.ui.cron;

import dev.commandcenter.testing.FixtureFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The collector's running Hermes scenario home, copied for a running application to read. */
public final class RunningHermesHome {

    private static final String HOME = "hermes/v0.18.2-306e2d23/running/hermes-home";

    private RunningHermesHome() {}

    /**
     * Copies the home into {@code into} without its {@code gateway.pid}: that pid was a process of the
     * machine the fixture was made on, so here the gateway is absent until a test writes the pid of a
     * process it started itself.
     */
    public static Path copy(Path into) {
        FixtureFiles.copy(HOME, into);
        try {
            Files.deleteIfExists(into.resolve("gateway.pid"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return into;
    }
}
