package dev.commandcenter.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixtureFilesTest {

    @Test
    void copiesAFolderOutOfAnotherModulesTestJar(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("tests.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry("fixtures/huey/"));
            zip.putNextEntry(new ZipEntry("fixtures/huey/consumer.log"));
            zip.write("started\n".getBytes());
            zip.putNextEntry(new ZipEntry("fixtures/huey/logs/"));
            zip.putNextEntry(new ZipEntry("fixtures/huey/logs/old.log"));
            zip.write("older\n".getBytes());
        }
        URL folder = new URL("jar:" + jar.toUri() + "!/fixtures/huey");

        Path copy = FixtureFiles.copy(folder, dir.resolve("copy"));

        assertEquals("started\n", Files.readString(copy.resolve("consumer.log")));
        assertEquals("older\n", Files.readString(copy.resolve("logs/old.log")));
    }
}
