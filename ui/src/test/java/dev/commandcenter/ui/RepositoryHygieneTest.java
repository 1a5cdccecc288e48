package dev.commandcenter.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What ships must work on any machine: configuration examples, docs, templates and defaults name
 * no one's home directory. Paths are relative or come from environment variables and specifiers.
 */
class RepositoryHygieneTest {

    private static final Pattern DEVELOPER_PATH = Pattern.compile("(?<![\\w.~%-])(/home/|/Users/|/root/|/root\\b)");
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void shippedFilesNameNoDevelopersHomeDirectory() throws IOException {
        List<Path> checked = new ArrayList<>();
        List<String> offences = new ArrayList<>();
        for (Path file : shippedFiles()) {
            checked.add(file);
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = DEVELOPER_PATH.matcher(lines.get(i));
                if (m.find()) {
                    offences.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertTrue(checked.stream().anyMatch(f -> f.endsWith("deploy/command-center.service")),
                "the scan reaches deploy/: " + checked);
        assertEquals(List.of(), offences);
    }

    @Test
    void theCheckRecognisesHomeDirectories() {
        for (String line : List.of("WorkingDirectory=/home/alice/cc", "HERMES_HOME=/Users/bob/.hermes",
                "data-dir=/root/data", "cd /root")) {
            assertTrue(DEVELOPER_PATH.matcher(line).find(), line);
        }
        for (String line : List.of("WorkingDirectory=%h/command-center", "data-dir=data", "/var/run/tailscale")) {
            assertFalse(DEVELOPER_PATH.matcher(line).find(), line);
        }
    }

    private static List<Path> shippedFiles() throws IOException {
        List<Path> roots = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("docs"),
                ROOT.resolve("deploy")));
        try (Stream<Path> modules = Files.list(ROOT)) {
            modules.map(m -> m.resolve("src/main/resources")).filter(Files::isDirectory).forEach(roots::add);
        }
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isRegularFile(root)) {
                files.add(root);
            } else if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile).filter(RepositoryHygieneTest::isText).forEach(files::add);
                }
            }
        }
        return files;
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        return Stream.of(".md", ".properties", ".example", ".service", ".sh", ".html", ".css", ".js", ".json",
                ".yaml", ".yml", ".txt", ".sql", ".conf").anyMatch(name::endsWith);
    }
}
