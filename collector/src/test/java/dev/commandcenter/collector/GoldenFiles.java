package dev.commandcenter.collector;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Payload files the query side's tests read (it cannot read this module's), tied to what the
 * collector's parsers make of the source fixtures: a test compares the two, and
 * {@code -Dgolden.write=true} writes the parsers' output over the files instead, for a change that
 * means to alter a payload.
 */
public final class GoldenFiles {

    /** The query side's payload fixtures, from this module's folder (where the tests run). */
    public static final Path QUERY_PAYLOADS = Path.of("..", "query-api", "src", "test", "resources", "fixtures");

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldenFiles() {}

    /** Fails, naming every differing place, unless {@code file} holds {@code actual} (or is rewritten to). */
    public static void assertMatches(Path file, JsonNode actual) throws IOException {
        if (Boolean.getBoolean("golden.write")) {
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual));
            return;
        }
        if (!Files.exists(file)) {
            fail(file + " does not exist: run the test with -Dgolden.write=true to write it");
        }
        List<String> differences = new ArrayList<>();
        diff("", JSON.readTree(file.toFile()), actual, differences);
        if (!differences.isEmpty()) {
            fail(file + " is not what the collector's parsers make of the source fixtures (" + differences.size()
                    + " differences; -Dgolden.write=true rewrites it):\n  "
                    + String.join("\n  ", differences.subList(0, Math.min(20, differences.size()))));
        }
    }

    private static void diff(String at, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.isObject() && actual.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                diff(at + "/" + name, expected.path(name), actual.path(name), out);
            }
        } else if (expected.isArray() && actual.isArray()) {
            for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
                diff(at + "/" + i, expected.path(i), actual.path(i), out);
            }
        } else if (expected.isNumber() && actual.isNumber()) {
            // A file read back holds an int where the parser made a long: the same number.
            if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                out.add(at + ": file has " + expected + ", parsers make " + actual);
            }
        } else if (!expected.equals(actual)) {
            out.add(at + ": file has " + shown(expected) + ", parsers make " + shown(actual));
        }
    }

    private static String shown(JsonNode node) {
        return node.isMissingNode() ? "nothing" : node.toString();
    }
}
