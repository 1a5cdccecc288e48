package dev.commandcenter.fakegitea;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The forge behind {@link FakeGitea}: organisation {@code acme} with 50 repositories. {@code tools}
 * holds the fixture pull requests #42/#43 and issues #40/#41 exactly; the others are built from the
 * same fixture objects with the fields a scenario needs changed:
 * <ul>
 * <li>{@code r01}: #1 approved, green, closes #11 (ready); #2 changes requested; issues #10 in-progress
 * (assigned builder), #11 labeled blocked with the open PR #1, #12 in-progress with nobody assigned</li>
 * <li>{@code r02}: #1 review requested, CI pending; #2 commented only, no CI; issues #10 assigned to
 * scout, #11 labeled {@code scout-in-progress}</li>
 * <li>{@code r03}: #1 untouched for ten days (a draft review pending); #2 approved but labeled blocked</li>
 * <li>{@code r04}: #1 approved but not mergeable (conflict); #2 approved, green, touches {@code deploy/}</li>
 * <li>{@code r05}: #1 a 2 000-line diff</li>
 * <li>{@code r07}: 45 open issues (three pages at the server's 20)</li>
 * <li>{@code r08}…{@code r49}, {@code r06}: quiet, empty</li>
 * </ul>
 */
public final class ForgeModel {

    private final Instant now;
    private final int maxItems;
    private final Map<String, Repo> repos = new LinkedHashMap<>();
    private final Map<String, JsonNode> statuses = new HashMap<>();

    /** @param now the instant generated pull requests and issues are dated against */
    public ForgeModel(Instant now, int maxItems) {
        this.now = now;
        this.maxItems = maxItems;
        build();
    }

    public int maxItems() {
        return maxItems;
    }

    public Repo repo(String fullName) {
        return repos.get(fullName);
    }

    public List<String> repoNames() {
        return List.copyOf(repos.keySet());
    }

    JsonNode user(String login) {
        ObjectNode user = ((ObjectNode) Fixtures.json("pull.single.42.json").path("user")).deepCopy();
        return user.put("login", login).put("username", login).put("id", 99);
    }

    List<JsonNode> orgRepos(String org) {
        if (!org.equals("acme")) {
            return null;
        }
        JsonNode template = Fixtures.json("orgs.repos.json").get(0);
        List<JsonNode> out = new ArrayList<>();
        int id = 21;
        for (String name : repos.keySet()) {
            String short_ = name.substring("acme/".length());
            ObjectNode repo = template.deepCopy();
            repo.put("id", id++)
                    .put("name", short_)
                    .put("full_name", name)
                    .put("html_url", "https://gitea.example.com/" + name);
            out.add(repo);
        }
        return out;
    }

    JsonNode combinedStatus(String sha) {
        JsonNode known = statuses.get(sha);
        if (known != null) {
            return known;
        }
        return ((ObjectNode) Fixtures.json("commit.status.combined.no-statuses.json")).put("sha", sha);
    }

    private void build() {
        Repo tools = add("acme/tools");
        ArrayNode fixturePulls = (ArrayNode) Fixtures.json("pulls.list.open.json");
        fixturePulls.forEach(p -> tools.pulls.add((ObjectNode) p));
        tools.reviews.put(42, list(Fixtures.json("pull.reviews.42.json")));
        tools.files.put(42, list(Fixtures.json("pull.files.42.json")));
        tools.files.put(43, List.of(file(".gitea/workflows/build.yml", 40, 0)));
        Fixtures.json("issues.list.open.type-issues.json").forEach(i -> tools.issues.add((ObjectNode) i));
        tools.timelines.put(41, list(Fixtures.json("issue.timeline.41.json")));
        statuses.put("9f1c2d3e4b5a69788776655443322110ffeeddcc", Fixtures.json("commit.status.combined.json"));

        Repo r01 = add("acme/r01");
        r01.pulls.add(pull(
                "acme/r01",
                1,
                "Add retry to fetch loop",
                "Retries with backoff.\n\nCloses #11",
                "builder",
                true,
                false,
                "a1",
                hours(2)));
        r01.reviews.put(1, List.of(review(1, "dave", "APPROVED", true, false, false, hours(3))));
        r01.files.put(1, List.of(file("src/main/java/com/acme/Fetch.java", 40, 5)));
        status("a1", "success");
        r01.pulls.add(pull("acme/r01", 2, "Rename config keys", "", "scout", true, false, "a2", hours(5)));
        r01.reviews.put(2, List.of(review(2, "dave", "REQUEST_CHANGES", true, false, false, hours(6))));
        r01.files.put(2, List.of(file("src/main/resources/application.conf", 4, 4)));
        status("a2", "success");
        r01.issues.add(
                issue("acme/r01", 10, "Fetch loop gives up too early", List.of("in-progress"), List.of("builder")));
        r01.issues.add(issue("acme/r01", 11, "Retry storms after outage", List.of("blocked"), List.of("builder")));
        r01.issues.add(issue("acme/r01", 12, "Flaky fetch test", List.of("in-progress"), List.of()));

        Repo r02 = add("acme/r02");
        r02.pulls.add(pull("acme/r02", 1, "Bump parser", "", "scout", true, false, "b1", hours(1)));
        r02.reviews.put(1, List.of(review(3, "bob", "REQUEST_REVIEW", false, false, false, hours(1))));
        r02.files.put(1, List.of(file("pom.xml", 1, 1)));
        status("b1", "pending");
        r02.pulls.add(pull("acme/r02", 2, "Docs typo", "", "carol", true, false, "b2", hours(4)));
        r02.reviews.put(2, List.of(review(4, "carol", "COMMENT", false, false, false, hours(4))));
        r02.files.put(2, List.of(file("README.md", 1, 1)));
        r02.issues.add(issue("acme/r02", 10, "Parser rejects BOM", List.of(), List.of("scout")));
        r02.issues.add(issue("acme/r02", 11, "Parser is slow on big files", List.of("scout-in-progress"), List.of()));

        Repo r03 = add("acme/r03");
        r03.pulls.add(pull("acme/r03", 1, "Old experiment", "", "erin", true, false, "c1", Duration.ofDays(10)));
        r03.reviews.put(1, List.of(review(5, "erin", "PENDING", false, false, false, Duration.ofDays(10))));
        r03.files.put(1, List.of(file("src/Experiment.java", 10, 0)));
        status("c1", "success");
        r03.pulls.add(pull("acme/r03", 2, "Hotfix DB pool", "", "builder", true, false, "c2", hours(2)));
        r03.pulls.get(1).set("labels", Fixtures.JSON.createArrayNode().add(label(9, "blocked")));
        r03.reviews.put(2, List.of(review(6, "dave", "APPROVED", true, false, false, hours(2))));
        r03.files.put(2, List.of(file("src/Pool.java", 3, 1)));
        status("c2", "success");

        Repo r04 = add("acme/r04");
        r04.pulls.add(pull("acme/r04", 1, "Refactor scheduler", "", "builder", false, false, "d1", hours(3)));
        r04.reviews.put(1, List.of(review(7, "dave", "APPROVED", true, false, false, hours(3))));
        r04.files.put(1, List.of(file("src/Scheduler.java", 100, 80)));
        status("d1", "success");
        r04.pulls.add(pull("acme/r04", 2, "Add deploy script", "", "builder", true, false, "d2", hours(3)));
        r04.reviews.put(2, List.of(review(8, "dave", "APPROVED", true, false, false, hours(3))));
        r04.files.put(2, List.of(file("deploy/prod.sh", 30, 0)));
        status("d2", "success");

        Repo r05 = add("acme/r05");
        r05.pulls.add(pull("acme/r05", 1, "Big rewrite", "", "scout", true, false, "e1", hours(2)));
        r05.files.put(1, List.of(file("src/Core.java", 1500, 500)));
        status("e1", "success");

        add("acme/r06");
        Repo r07 = add("acme/r07");
        for (int n = 1; n <= 45; n++) {
            r07.issues.add(issue("acme/r07", n, "Backlog item " + n, List.of(), List.of()));
        }
        for (int n = 8; n <= 49; n++) {
            add(String.format("acme/r%02d", n));
        }
    }

    private Repo add(String name) {
        Repo repo = new Repo();
        repos.put(name, repo);
        return repo;
    }

    private static Duration hours(int h) {
        return Duration.ofHours(h);
    }

    private String at(Duration ago) {
        return now.minus(ago).toString();
    }

    private ObjectNode pull(
            String repo,
            int n,
            String title,
            String body,
            String author,
            boolean mergeable,
            boolean draft,
            String sha,
            Duration updatedAgo) {
        ObjectNode pr = Fixtures.json("pulls.list.open.json").get(0).deepCopy();
        pr.put("id", 5000 + n)
                .put("number", n)
                .put("title", title)
                .put("body", body)
                .put("mergeable", mergeable)
                .put("draft", draft)
                .put("html_url", "https://gitea.example.com/" + repo + "/pulls/" + n)
                .put("url", "https://gitea.example.com/" + repo + "/pulls/" + n)
                .put("created_at", at(updatedAgo.plusHours(20)))
                .put("updated_at", at(updatedAgo));
        ((ObjectNode) pr.path("user")).put("login", author).put("username", author);
        pr.putArray("labels");
        pr.putNull("milestone");
        pr.putNull("assignee");
        pr.putNull("assignees");
        pr.putNull("requested_reviewers");
        ((ObjectNode) pr.path("head"))
                .put("sha", sha)
                .put("ref", "feature/" + n)
                .put("label", "feature/" + n);
        return pr;
    }

    private ObjectNode issue(String repo, int n, String title, List<String> labels, List<String> assignees) {
        ObjectNode issue =
                Fixtures.json("issues.list.open.type-issues.json").get(0).deepCopy();
        issue.put("id", 9000 + n)
                .put("number", n)
                .put("title", title)
                .put("html_url", "https://gitea.example.com/" + repo + "/issues/" + n)
                .put("url", "https://gitea.example.com/api/v1/repos/" + repo + "/issues/" + n)
                .put("updated_at", at(hours(30 - Math.min(n, 29))));
        ArrayNode labelNodes = issue.putArray("labels");
        labels.forEach(l -> labelNodes.add(label(100 + labels.indexOf(l), l)));
        issue.putNull("milestone");
        JsonNode userTemplate = issue.path("user");
        if (assignees.isEmpty()) {
            issue.putNull("assignee");
            issue.putNull("assignees");
        } else {
            ArrayNode people = issue.putArray("assignees");
            for (String login : assignees) {
                people.add(((ObjectNode) userTemplate.deepCopy())
                        .put("login", login)
                        .put("username", login));
            }
            issue.set("assignee", people.get(0));
        }
        ((ObjectNode) issue.path("repository")).put("name", repo.substring(5)).put("full_name", repo);
        return issue;
    }

    private static ObjectNode label(int id, String name) {
        ObjectNode label = Fixtures.json("issues.list.open.type-issues.json")
                .get(0)
                .path("labels")
                .get(0)
                .deepCopy();
        return label.put("id", id).put("name", name).put("exclusive", false);
    }

    private ObjectNode review(
            int id, String login, String state, boolean official, boolean stale, boolean dismissed, Duration ago) {
        ObjectNode review = Fixtures.json("pull.reviews.42.json").get(1).deepCopy();
        review.put("id", 400 + id)
                .put("state", state)
                .put("official", official)
                .put("stale", stale)
                .put("dismissed", dismissed)
                .put("submitted_at", at(ago))
                .put("updated_at", at(ago));
        ((ObjectNode) review.path("user")).put("login", login).put("username", login);
        return review;
    }

    private static ObjectNode file(String name, int additions, int deletions) {
        ObjectNode file = Fixtures.json("pull.files.42.json").get(0).deepCopy();
        return file.put("filename", name)
                .put("additions", additions)
                .put("deletions", deletions)
                .put("changes", additions + deletions)
                .put("status", "changed");
    }

    private void status(String sha, String state) {
        ObjectNode combined = Fixtures.json("commit.status.combined.json").deepCopy();
        ArrayNode one = Fixtures.JSON.createArrayNode();
        one.add(((ObjectNode) combined.path("statuses").get(0).deepCopy()).put("status", state));
        combined.put("state", state).put("sha", sha).put("total_count", 1).set("statuses", one);
        statuses.put(sha, combined);
    }

    private static List<ObjectNode> list(JsonNode array) {
        List<ObjectNode> out = new ArrayList<>();
        array.forEach(n -> out.add((ObjectNode) n));
        return out;
    }

    /** One repository's pull requests, issues, reviews, files and timelines. */
    public static final class Repo {
        final List<ObjectNode> pulls = new CopyOnWriteArrayList<>();
        final List<ObjectNode> issues = new CopyOnWriteArrayList<>();
        final Map<Integer, List<ObjectNode>> reviews = new HashMap<>();
        final Map<Integer, List<ObjectNode>> files = new HashMap<>();
        final Map<Integer, List<ObjectNode>> timelines = new HashMap<>();

        List<ObjectNode> openPulls() {
            return pulls.stream()
                    .filter(p -> "open".equals(p.path("state").asText()))
                    .sorted(Comparator.comparing(
                                    (ObjectNode p) -> p.path("updated_at").asText())
                            .reversed())
                    .toList();
        }

        List<ObjectNode> allPulls() {
            return List.copyOf(pulls);
        }

        List<ObjectNode> issues(String state, String type, Instant since) {
            String wanted = state == null ? "open" : state;
            return issues.stream()
                    .filter(i -> wanted.equals("all")
                            || wanted.equals(i.path("state").asText()))
                    .filter(i -> since == null
                            || !OffsetDateTime.parse(i.path("updated_at").asText())
                                    .toInstant()
                                    .isBefore(since))
                    .sorted(Comparator.comparing(
                                    (ObjectNode i) -> i.path("number").asInt())
                            .reversed())
                    .toList();
        }

        List<ObjectNode> reviews(int number) {
            return reviews.getOrDefault(number, List.of());
        }

        List<ObjectNode> files(int number) {
            return files.getOrDefault(number, List.of());
        }

        List<ObjectNode> timeline(int number) {
            return timelines.getOrDefault(number, List.of());
        }

        /** Closes an issue as Gitea does: state, closed_at and updated_at change. */
        public void closeIssue(int number, Instant at) {
            for (ObjectNode issue : issues) {
                if (issue.path("number").asInt() == number) {
                    issue.put("state", "closed").put("closed_at", at.toString()).put("updated_at", at.toString());
                }
            }
        }
    }
}
