package dev.commandcenter.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The fixture files under {@code src/test/resources/fixtures/} of the modules on the test classpath:
 * the one way every module's tests load them.
 */
public final class FixtureFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FixtureFiles() {}

    /** A fixture file or folder, e.g. {@code hermes/running}. */
    public static Path path(String resource) {
        URL url = FixtureFiles.class.getResource("/fixtures/" + resource);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + resource);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fixture's text, read as a stream: other modules' tests read it from this module's test jar. */
    public static String text(String resource) {
        try (InputStream in = FixtureFiles.class.getResourceAsStream("/fixtures/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON fixture's content, read as a stream like {@link #text}, e.g. {@code gitea/pulls.list.open.json}. */
    public static JsonNode json(String resource) {
        try {
            return JSON.readTree(text(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON fixture file, such as a scenario's {@code scenario.json}. */
    public static JsonNode json(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }

    /**
     * Copies a fixture folder into a scratch directory, so that tests can change or watch it; the
     * folder may be another module's, inside its test jar.
     */
    public static Path copy(String folder, Path into) {
        URL url = FixtureFiles.class.getResource("/fixtures/" + folder);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + folder);
        }
        return copy(url, into);
    }

    static Path copy(URL folder, Path into) {
        try {
            URI uri = folder.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return copyTree(Path.of(uri), into);
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return copyTree(jar.provider().getPath(uri), into);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path copyTree(Path from, Path into) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = into.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return into;
    }
}
