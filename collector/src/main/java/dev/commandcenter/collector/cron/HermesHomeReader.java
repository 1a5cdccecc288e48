package dev.commandcenter.collector.cron;

import dev.commandcenter.collector.SourceFailure;
import dev.commandcenter.observation.ReadOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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

    private HermesHomeReader() {
    }

    static HermesFiles read(HermesHome home) throws SourceFailure {
        Path dir = home.dir();
        if (!Files.isDirectory(dir)) {
            throw new SourceFailure(ReadOutcome.UNREACHABLE, "Hermes home " + home.name() + " is not a directory: " + dir);
        }
        try {
            return new HermesFiles(home,
                    text(dir.resolve("cron/jobs.json")),
                    text(dir.resolve("gateway.pid")),
                    text(dir.resolve("gateway_state.json")),
                    text(dir.resolve("cron/ticker_heartbeat")),
                    text(dir.resolve("cron/ticker_last_success")),
                    Files.exists(dir.resolve(".clean_shutdown")),
                    text(dir.resolve("config.yaml")),
                    outputs(dir.resolve("cron/output")));
        } catch (TooLarge e) {
            throw new SourceFailure(ReadOutcome.MALFORMED, "Hermes home " + home.name() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new SourceFailure(ReadOutcome.UNREACHABLE,
                    "cannot read Hermes home " + home.name() + ": " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static Optional<String> text(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new TooLarge(file.getFileName() + " is larger than " + MAX_FILE_BYTES + " bytes");
            }
            return Optional.of(new String(bytes, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** A file far beyond what Hermes writes: not what it should be. */
    private static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }

    private static Map<String, HermesFiles.RunDocuments> outputs(Path outputDir) throws IOException {
        Map<String, HermesFiles.RunDocuments> outputs = new TreeMap<>();
        if (!Files.isDirectory(outputDir)) {
            return outputs;
        }
        try (DirectoryStream<Path> jobDirs = Files.newDirectoryStream(outputDir, Files::isDirectory)) {
            for (Path jobDir : jobDirs) {
                String id = jobDir.getFileName().toString();
                if (SAFE_ID.matcher(id).matches()) {
                    outputs.put(id, runDocuments(jobDir));
                }
            }
        }
        return outputs;
    }

    private static HermesFiles.RunDocuments runDocuments(Path jobDir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(jobDir, "*.md")) {
            stream.forEach(files::add);
        }
        // File names are wall-clock stamps (YYYY-MM-DD_HH-MM-SS.md): their order is their time order.
        files.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        List<HermesFiles.RunDocument> newest = new ArrayList<>();
        for (Path file : files.subList(0, Math.min(RUN_DOCUMENTS_KEPT, files.size()))) {
            try (InputStream in = Files.newInputStream(file)) {
                newest.add(new HermesFiles.RunDocument(file.getFileName().toString(),
                        new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8)));
            } catch (NoSuchFileException e) {
                // pruned by Hermes' retention between listing and reading
            }
        }
        return new HermesFiles.RunDocuments(files.size(), newest);
    }
}
