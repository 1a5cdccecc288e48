package dev.commandcenter.collector.gitea;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commandcenter.fakegitea.FakeGitea;
import dev.commandcenter.fakegitea.Fixtures;
import dev.commandcenter.fakegitea.ForgeModel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every request the collector makes is a GET that Gitea v1.26.4's own specification documents. */
class OpenApiContractTest {

    @Test
    void everyPathAndQueryParameterTheClientSendsExistsInTheSpecification() throws Exception {
        JsonNode spec = Fixtures.json("openapi-v1.26.4.json");
        String basePath = spec.path("basePath").asText();
        Instant now = Instant.parse("2026-06-30T12:00:00Z");
        try (FakeGitea gitea = new FakeGitea(new ForgeModel(now, 20), TestGiteaConfig.TOKEN)) {
            GiteaSource source = new GiteaSource(
                    TestGiteaConfig.of(gitea.baseUrl(), "cc-reader", List.of("acme/*", "acme/tools")),
                    Clock.fixed(now, ZoneOffset.UTC),
                    Map.of("GITEA_TOKEN", TestGiteaConfig.TOKEN));
            source.poll();
            source.poll();

            List<String> problems = new ArrayList<>();
            Set<String> templatesUsed = new HashSet<>();
            for (FakeGitea.Request request : gitea.requests()) {
                String path = request.path().substring(basePath.length());
                String template = matchingTemplate(spec.path("paths"), path);
                JsonNode get = template == null
                        ? null
                        : spec.path("paths").path(template).path("get");
                if (!request.method().equals("GET") || get == null || get.isMissingNode()) {
                    problems.add(request.method() + " " + request.path());
                    continue;
                }
                templatesUsed.add(template);
                Set<String> allowed = new HashSet<>();
                get.path("parameters").forEach(p -> allowed.add(p.path("name").asText()));
                request.query().keySet().stream()
                        .filter(q -> !allowed.contains(q))
                        .forEach(q -> problems.add(template + " has no parameter " + q));
            }
            assertTrue(problems.isEmpty(), "not in the specification: " + problems);
            assertTrue(
                    templatesUsed.containsAll(List.of(
                            "/user",
                            "/version",
                            "/settings/api",
                            "/orgs/{org}/repos",
                            "/repos/{owner}/{repo}/pulls",
                            "/repos/{owner}/{repo}/pulls/{index}/reviews",
                            "/repos/{owner}/{repo}/pulls/{index}/files",
                            "/repos/{owner}/{repo}/commits/{ref}/status",
                            "/repos/{owner}/{repo}/issues",
                            "/repos/{owner}/{repo}/issues/{index}/timeline")),
                    templatesUsed.toString());
        }
    }

    private static String matchingTemplate(JsonNode paths, String path) {
        // Literal segments win over parameters, as in Gitea's router (/pulls/{index}/files, not /pulls/{base}/{head}).
        String best = null;
        var names = paths.fieldNames();
        while (names.hasNext()) {
            String template = names.next();
            String regex = template.replaceAll("\\{[^}]+}", "[^/]+");
            if (path.matches(regex) && (best == null || parameters(template) < parameters(best))) {
                best = template;
            }
        }
        return best;
    }

    private static long parameters(String template) {
        return template.chars().filter(c -> c == '{').count();
    }
}
