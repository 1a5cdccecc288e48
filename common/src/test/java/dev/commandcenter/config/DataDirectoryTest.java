package dev.commandcenter.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    @TempDir
    Path work;

    @Test
    void aMissingDataDirectoryIsCreatedOwnerOnly() throws Exception {
        Path dir = DataDirectory.prepare(work.resolve("data").toString());

        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        assertEquals(
                "rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(DataDirectory.LOCK_FILE))));
    }

    @Test
    void aDataDirectoryThatIsAFileIsRefusedInOneLine() throws Exception {
        Path file = Files.writeString(work.resolve("data"), "not a directory");

        SettingRefused refused = assertThrows(SettingRefused.class, () -> DataDirectory.prepare(file.toString()));

        assertEquals(
                "Refusing to start: command-center.data-dir is " + file + ", which is a file, not a directory;"
                        + " accepted: a writable directory (created owner-only when missing)",
                refused.getMessage());
    }

    @Test
    void aDataDirectoryHeldByAnotherCommandCenterIsRefusedByName() throws Exception {
        Path dir = work.resolve("shared");
        Path holding = work.resolve("holding");
        Process other = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        OtherCommandCenter.class.getName(),
                        dir.toString(),
                        holding.toString())
                .inheritIO()
                .start();
        try {
            for (int i = 0; i < 600 && !Files.exists(holding) && other.isAlive(); i++) {
                Thread.sleep(50);
            }
            assertTrue(Files.exists(holding), "the other command center holds the directory");

            SettingRefused refused = assertThrows(SettingRefused.class, () -> DataDirectory.prepare(dir.toString()));

            assertEquals(
                    "Refusing to start: another command center is using " + dir + " (command-center.data-dir);"
                            + " stop it, or give this one its own data directory",
                    refused.getMessage());
        } finally {
            other.destroy();
            other.waitFor();
        }
    }

    /** A second process preparing the same directory, as another command center's start does. */
    public static final class OtherCommandCenter {

        public static void main(String[] args) throws Exception {
            DataDirectory.prepare(args[0]);
            Files.createFile(Path.of(args[1]));
            Thread.sleep(60_000);
        }
    }
}
