package dev.commandcenter.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What ships must work on any machine: code, configuration, docs, scripts and templates name no
 * absolute path but the system paths listed in {@link #SYSTEM_PATHS}. Paths are relative (to the
 * working or data directory) or come from environment variables and systemd specifiers; {@code ~/}
 * means the operator's own home and is allowed. Recorded fixtures under {@code src/test/resources}
 * keep the paths of the machines they were recorded on, and the Maven wrapper scripts are generated:
 * neither is scanned.
 */
class RepositoryHygieneTest {

    /**
     * A Unix path under a top-level directory of a Linux, macOS or container file system, or a
     * Windows drive path. URL paths ({@code /api/…}, {@code http://host/…}), closing tags and
     * relative paths ({@code ./data}, {@code ${java.home}/bin}) are not file system paths.
     */
    private static final Pattern ABSOLUTE_PATH = Pattern.compile(
            "(?<![\\w.~%$}/<>*\\\\-])/(?:home|Users|root|tmp|var|etc|usr|opt|srv|mnt|media|proc|sys|dev|run|bin|sbin"
                    + "|lib|lib32|lib64|boot|work|workspace|workspaces|data|nix|snap|private|Volumes|Library"
                    + "|Applications|System|cygdrive|builds|app)(?![\\w.-])[^\\s`'\"<>(){}\\[\\],;|*]*"
                    + "|(?<![\\w])[A-Za-z]:[\\\\/][^\\s`'\"<>(){}\\[\\],;|*]*");

    /** The system paths the code and docs may name, each with why. */
    private static final List<Pattern> SYSTEM_PATHS = Stream.of(
                    "/proc(/.*)?", // the process table, read on Linux
                    "/dev/null",
                    "/tmp", // the unit's private /tmp, named in the docs
                    "/bin/(sh|bash)",
                    "/usr/bin/env", // script interpreters
                    "/usr/bin/java", // systemd needs an absolute ExecStart
                    "/usr/bin/(chromium|chromedriver)", // Debian's browser for the browser tests
                    "/usr/lib/postgresql/?", // Debian's PostgreSQL server binaries, for the scale-out suite
                    "/var/run/tailscale/tailscaled\\.sock" // tailscaled's LocalAPI socket
                    )
            .map(Pattern::compile)
            .toList();

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void shippedFilesNameNoAbsolutePathButSystemOnes() throws IOException {
        List<Path> checked = new ArrayList<>();
        List<String> offences = new ArrayList<>();
        for (Path file : shippedFiles()) {
            checked.add(ROOT.relativize(file));
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                offendingPath(lines.get(i)).ifPresent(path -> offences.add(ROOT.relativize(file) + ": " + path));
            }
        }
        for (String reached : List.of(
                "deploy/command-center.service",
                ".ci/run",
                "pom.xml",
                "common/src/main/java/dev/commandcenter/config/CommandCenterConfig.java",
                "collector/src/test/java/dev/commandcenter/collector/cron/HermesHomesTest.java",
                "ui/src/main/resources/templates/DashboardResource/brief.html",
                "docs/operations.md")) {
            assertTrue(checked.contains(Path.of(reached)), "the scan reaches " + reached);
        }
        assertEquals(List.of(), offences);
    }

    @Test
    void theCheckRecognisesAbsolutePathsOfAnyKind() {
        for (String line : List.of(
                "WorkingDirectory=/home/alice/cc",
                "HERMES_HOME=/Users/bob/.hermes",
                "data-dir=/root/data",
                "cd /root",
                "Path.of(\"/srv/hermes\")",
                "heartbeats.dir=/var/lib/agents",
                "jdbc:h2:file:/opt/cc/log",
                "see /work/checkout/docs",
                "token-file=/etc/cc/token",
                "home: \"/tmp/hermes-test\"",
                "HUEY_DB=C:\\Users\\carol\\huey.db",
                "D:/agents/beat.json",
                "`/mnt/data/state.db`",
                "/data/command-center")) {
            assertTrue(offendingPath(line).isPresent(), line);
        }
        for (String line : List.of(
                "WorkingDirectory=%h/command-center",
                "data-dir=data",
                "jdbc:h2:file:./data/log",
                "GET /api/views/brief",
                "curl http://127.0.0.1:7070/api/sources",
                "</build>",
                "<executable>${java.home}/bin/java</executable>",
                "cp x ~/.config/systemd/user/",
                "src/main/java/com/acme/Auth.java",
                "https://gitea.example/owner/repo/pulls/12",
                "/var/run/tailscale/tailscaled.sock",
                "read /proc/<pid>/stat",
                "curl -o /dev/null",
                "#!/usr/bin/env bash",
                "ExecStart=/usr/bin/java -jar quarkus-app/quarkus-run.jar",
                "private `/tmp` and devices")) {
            assertEquals(Optional.empty(), offendingPath(line), line);
        }
    }

    /** The first absolute path in a line that is not an allowed system path. */
    private static Optional<String> offendingPath(String line) {
        Matcher m = ABSOLUTE_PATH.matcher(line);
        while (m.find()) {
            String path = m.group().replaceAll("[.:]+$", "");
            if (SYSTEM_PATHS.stream().noneMatch(p -> p.matcher(path).matches())) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    private static List<Path> shippedFiles() throws IOException {
        List<Path> roots = new ArrayList<>(List.of(
                ROOT.resolve("README.md"),
                ROOT.resolve("pom.xml"),
                ROOT.resolve("docs"),
                ROOT.resolve("deploy"),
                ROOT.resolve(".ci"),
                ROOT.resolve(".mvn")));
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path module : modules.filter(m -> Files.isRegularFile(m.resolve("pom.xml")))
                    .toList()) {
                roots.addAll(List.of(
                        module.resolve("pom.xml"), module.resolve("src/main"), module.resolve("src/test/java")));
            }
        }
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isRegularFile(root)) {
                files.add(root);
            } else if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    // This test is left out: it holds the offending examples above.
                    walk.filter(Files::isRegularFile)
                            .filter(RepositoryHygieneTest::isText)
                            .filter(f ->
                                    !f.endsWith("ui/src/test/java/dev/commandcenter/ui/RepositoryHygieneTest.java"))
                            .forEach(files::add);
                }
            }
        }
        return files;
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        return name.equals("run")
                || Stream.of(
                                ".java",
                                ".md",
                                ".properties",
                                ".example",
                                ".service",
                                ".sh",
                                ".html",
                                ".css",
                                ".js",
                                ".json",
                                ".yaml",
                                ".yml",
                                ".txt",
                                ".sql",
                                ".conf",
                                ".xml")
                        .anyMatch(name::endsWith);
    }
}
