package dev.commandcenter.collector.cron;

import dev.commandcenter.collector.SourceFailure;
import dev.commandcenter.files.ConfinedFiles;
import dev.commandcenter.files.FileContent;
import dev.commandcenter.files.FileProblem;
import dev.commandcenter.observation.ReadOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Reads a Hermes home's cron files, read only. I/O only: what they mean is the parsers' business. */
final class HermesHomeReader {

    /** jobs.json of a large fleet is a few hundred KB; anything far beyond is not a jobs file. */
    static final int MAX_FILE_BYTES = 8 * 1024 * 1024;

    static final int RUN_DOCUMENTS_KEPT = 5;
    private static final int HEAD_BYTES = 4096;
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private HermesHomeReader() {}

    static HermesFiles read(HermesHome home) throws SourceFailure {
        Path dir = home.dir();
        if (!Files.isDirectory(dir)) {
            throw new SourceFailure(
                    ReadOutcome.UNREACHABLE, "Hermes home " + home.name() + " is not a directory: " + dir);
        }
        try {
            return new HermesFiles(
                    home,
                    text(dir, "cron/jobs.json"),
                    text(dir, "gateway.pid"),
                    text(dir, "gateway_state.json"),
                    text(dir, "cron/ticker_heartbeat"),
                    text(dir, "cron/ticker_last_success"),
                    Files.exists(dir.resolve(".clean_shutdown")),
                    text(dir, "config.yaml"),
                    outputs(dir, dir.resolve("cron/output")));
        } catch (Refused e) {
            throw new SourceFailure(
                    e.problem() == FileProblem.TOO_LARGE ? ReadOutcome.MALFORMED : ReadOutcome.UNREACHABLE,
                    "Hermes home " + home.name() + ": " + e.getMessage(),
                    e);
        } catch (IOException e) {
            throw new SourceFailure(
                    ReadOutcome.UNREACHABLE,
                    "cannot read Hermes home " + home.name() + ": "
                            + e.getClass().getSimpleName(),
                    e);
        }
    }

    /** A file of the home, only if it stays inside the home; absent = empty, anything else wrong fails the read. */
    private static Optional<String> text(Path home, String name) throws Refused {
        FileContent file = ConfinedFiles.read(home, home.resolve(name), MAX_FILE_BYTES);
        if (file.present()) {
            return Optional.of(new String(file.bytes(), StandardCharsets.UTF_8));
        }
        if (file.problem() == FileProblem.MISSING) {
            return Optional.empty();
        }
        throw new Refused(file.problem(), file.detail());
    }

    /** A file of the home that is there but must not or cannot be read. */
    private static final class Refused extends IOException {

        private final transient FileProblem problem;

        Refused(FileProblem problem, String message) {
            super(message);
            this.problem = problem;
        }

        FileProblem problem() {
            return problem;
        }
    }

    private static Map<String, HermesFiles.RunDocuments> outputs(Path home, Path outputDir) throws IOException {
        Map<String, HermesFiles.RunDocuments> outputs = new TreeMap<>();
        if (!Files.isDirectory(outputDir)) {
            return outputs;
        }
        try (DirectoryStream<Path> jobDirs = Files.newDirectoryStream(outputDir, Files::isDirectory)) {
            for (Path jobDir : jobDirs) {
                String id = jobDir.getFileName().toString();
                if (SAFE_ID.matcher(id).matches()) {
                    outputs.put(id, runDocuments(home, jobDir));
                }
            }
        }
        return outputs;
    }

    private static HermesFiles.RunDocuments runDocuments(Path home, Path jobDir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(jobDir, "*.md")) {
            stream.forEach(files::add);
        }
        // File names are wall-clock stamps (YYYY-MM-DD_HH-MM-SS.md): their order is their time order.
        files.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        List<HermesFiles.RunDocument> newest = new ArrayList<>();
        for (Path file : files.subList(0, Math.min(RUN_DOCUMENTS_KEPT, files.size()))) {
            // A document pruned by Hermes' retention between listing and reading, or one that is not a
            // regular file of the home, is skipped.
            FileContent head = ConfinedFiles.head(home, file, HEAD_BYTES);
            if (head.present()) {
                newest.add(new HermesFiles.RunDocument(
                        file.getFileName().toString(), new String(head.bytes(), StandardCharsets.UTF_8)));
            }
        }
        return new HermesFiles.RunDocuments(files.size(), newest);
    }
}
