package dev.commandcenter.ui.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * axe-core (src/test/resources/axe-core, see its README) run in the page a browser shows: the
 * accessibility rules of WCAG 2 A/AA and axe's best practices, against the rendered page in its
 * current colour scheme.
 */
final class Axe {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final String SOURCE = load();
    private static final String RUN = "var done = arguments[arguments.length - 1];"
            + " axe.run(document, {resultTypes: ['violations']})"
            + ".then(function (r) { done(JSON.stringify(r.violations)); },"
            + " function (e) { done(JSON.stringify({error: String(e)})); });";

    private Axe() {}

    /** The serious and critical violations on the browser's current page, one line per rule. */
    static List<String> seriousViolations(Browser browser) throws IOException {
        browser.driver().executeScript(SOURCE);
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        JsonNode violations = JSON.readTree((String) browser.driver().executeAsyncScript(RUN));
        if (violations.has("error")) {
            throw new IllegalStateException(
                    "axe did not run: " + violations.get("error").asText());
        }
        List<String> found = new ArrayList<>();
        for (JsonNode v : violations) {
            if (!BLOCKING.contains(v.path("impact").asText())) {
                continue;
            }
            List<String> targets = new ArrayList<>();
            for (JsonNode node : v.path("nodes")) {
                if (targets.size() == 3) {
                    break;
                }
                targets.add(node.path("target").toString() + " "
                        + node.path("failureSummary").asText().replace('\n', ' '));
            }
            found.add(v.path("impact").asText() + " " + v.path("id").asText() + " ("
                    + v.path("nodes").size() + " elements): " + v.path("help").asText() + " — e.g. " + targets);
        }
        return found;
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe-core/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core/axe.min.js is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
