package dev.commandcenter.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.observation.SubjectSeen;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Repositories with open issues and pull requests that move through time: issues change lanes and
 * close, PRs get pushed to, reviewed, fail or pass checks, merge; a merged PR or closed issue is
 * replaced by a new one so the open counts stay at the scale's figures.
 */
final class GiteaFleet {

    static final String BASE = "https://gitea.simulated.invalid";
    private static final String[] REVIEWS = {"APPROVED", "REQUEST_CHANGES", "COMMENT"};
    private static final String[] LANES = {"", "assigned-%s", "in-progress", "%s-in-progress", "blocked", "in-review"};
    private static final String[] FILES = {
        "src/main/java/app/Service.java",
        "README.md",
        "deploy/unit.service",
        "src/test/java/app/ServiceTest.java",
        "db/migration/V7__index.sql",
        "docs/guide.md"
    };

    private final Random random;
    private final Templates templates;
    private final List<String> agents;
    private final List<String> repos = new ArrayList<>();
    private final Map<String, Pull> pulls = new LinkedHashMap<>();
    private final Map<String, Issue> issues = new LinkedHashMap<>();
    private final Map<String, Integer> nextNumber = new LinkedHashMap<>();
    private final double activity;

    GiteaFleet(
            FleetScale scale, List<String> agents, Random random, Templates templates, Instant start, double activity) {
        this.random = random;
        this.templates = templates;
        this.agents = agents;
        this.activity = activity;
        for (int r = 0; r < scale.repos; r++) {
            String repo = "fleet/" + String.format("service-%02d", r);
            repos.add(repo);
            nextNumber.put(repo, 1);
        }
        for (int i = 0; i < scale.openIssues; i++) {
            openIssue(start.minusSeconds(random.nextInt(30 * 86_400)));
        }
        for (int i = 0; i < scale.openPulls; i++) {
            openPull(start.minusSeconds(random.nextInt(7 * 86_400)));
        }
    }

    /** One minute of forge activity: about 1 in 500 PRs and 1 in 1,000 issues change, times the activity factor. */
    void advance(Instant now) {
        for (Pull pull : List.copyOf(pulls.values())) {
            if (random.nextDouble() < 0.002 * activity) {
                pull.step(now);
            }
        }
        for (Issue issue : List.copyOf(issues.values())) {
            if (random.nextDouble() < 0.001 * activity) {
                if (random.nextInt(4) == 0) {
                    issues.remove(issue.key());
                    openIssue(now);
                } else {
                    issue.lane = random.nextInt(LANES.length);
                    issue.updated = now;
                    issue.payload = null;
                }
            }
        }
    }

    List<SubjectSeen> seen() {
        List<SubjectSeen> seen = new ArrayList<>();
        for (String repo : repos) {
            ObjectNode node = Templates.JSON.createObjectNode();
            node.put("full_name", repo);
            node.put("html_url", BASE + "/" + repo);
            node.putObject("command_center").putObject("read").put("state", "read");
            seen.add(new SubjectSeen("gitea:repo:" + repo, "RepositoryRead", null, node));
        }
        for (Pull pull : pulls.values()) {
            seen.add(new SubjectSeen(pull.key(), "PullRequestSeen", pull.updated, pull.payload()));
        }
        for (Issue issue : issues.values()) {
            seen.add(new SubjectSeen(issue.key(), "IssueSeen", issue.updated, issue.payload()));
        }
        return seen;
    }

    private int number(String repo) {
        return nextNumber.merge(repo, 1, Integer::sum) - 1;
    }

    private void openIssue(Instant at) {
        Issue issue = new Issue();
        issue.repo = repos.get(random.nextInt(repos.size()));
        issue.number = number(issue.repo);
        issue.agent = agents.get(random.nextInt(agents.size()));
        issue.lane = random.nextInt(LANES.length);
        issue.created = at;
        issue.updated = at;
        issues.put(issue.key(), issue);
    }

    private void openPull(Instant at) {
        Pull pull = new Pull();
        pull.repo = repos.get(random.nextInt(repos.size()));
        pull.number = number(pull.repo);
        pull.author = agents.get(random.nextInt(agents.size()));
        pull.created = at;
        pull.updated = at;
        pull.ci = "pending";
        pull.files = 1 + random.nextInt(4);
        pull.additions = 5 + random.nextInt(random.nextInt(10) == 0 ? 2_000 : 300);
        pull.draft = random.nextInt(10) == 0;
        List<Issue> open = new ArrayList<>(issues.values());
        pull.closes = open.isEmpty() || random.nextBoolean() ? null : open.get(random.nextInt(open.size())).number;
        pulls.put(pull.key(), pull);
    }

    private final class Pull {
        String repo;
        int number;
        String author;
        Instant created;
        Instant updated;
        String ci;
        String review;
        boolean draft;
        int files;
        int additions;
        Integer closes;
        ObjectNode payload;

        String key() {
            return "gitea:pr:" + repo + "#" + number;
        }

        void step(Instant now) {
            updated = now;
            payload = null;
            switch (random.nextInt(6)) {
                case 0 -> ci = random.nextInt(4) == 0 ? "failure" : "success";
                case 1 -> review = REVIEWS[random.nextInt(REVIEWS.length)];
                case 2 -> {
                    ci = "pending";
                    additions += random.nextInt(40);
                }
                case 3 -> draft = false;
                default -> {
                    if ("success".equals(ci) && "APPROVED".equals(review)) {
                        pulls.remove(key());
                        openPull(now);
                    } else {
                        ci = "success";
                    }
                }
            }
        }

        ObjectNode payload() {
            if (payload != null) {
                return payload;
            }
            ObjectNode pr = templates.pull.deepCopy();
            String url = BASE + "/" + repo + "/pulls/" + number;
            pr.put("id", (long) repo.hashCode() * 10_000 + number);
            pr.put("number", number);
            pr.put("url", url);
            pr.put("html_url", url);
            pr.put("title", "Simulated change " + number + " to " + repo.substring(6));
            pr.put("body", closes == null ? "Simulated work." : "Simulated work.\n\nCloses #" + closes);
            ((ObjectNode) pr.path("user")).put("login", author).put("username", author);
            ArrayNode labels = pr.putArray("labels");
            if (additions > 1_000 && number % 3 == 0) {
                labels.add(templates.label.deepCopy().put("name", "needs-judgment"));
            }
            pr.putArray("assignees");
            pr.putNull("assignee");
            pr.putArray("requested_reviewers");
            pr.put("draft", draft);
            pr.put("mergeable", !"failure".equals(ci));
            pr.put("created_at", created.toString());
            pr.put("updated_at", updated.toString());
            trim(pr.with("base"));
            trim(pr.with("head"));
            pr.with("head").put("ref", author + "/change-" + number).put("sha", sha());
            ObjectNode extra = pr.putObject("command_center");
            ArrayNode reviews = extra.putArray("reviews");
            if (review != null) {
                ObjectNode r = templates.review.deepCopy();
                r.put("state", review).put("stale", false).put("submitted_at", updated.toString());
                ((ObjectNode) r.path("user")).put("login", "operator").put("username", "operator");
                reviews.add(r);
            }
            ObjectNode status = extra.putObject("combined_status");
            status.put("state", ci);
            status.put("sha", sha());
            ArrayNode statuses = status.putArray("statuses");
            for (JsonNode s : templates.combinedStatus.path("statuses")) {
                statuses.add(((ObjectNode) s.deepCopy()).put("status", ci));
            }
            status.put("total_count", statuses.size());
            ArrayNode changed = extra.putArray("changed_files");
            for (int f = 0; f < files; f++) {
                changed.addObject()
                        .put("filename", FILES[(number + f) % FILES.length])
                        .put("status", "changed");
            }
            extra.put("changed_files_truncated", false);
            extra.put("additions", additions);
            extra.put("deletions", additions / 4);
            ArrayNode refs = extra.putArray("closes");
            if (closes != null) {
                refs.add(repo + "#" + closes);
            }
            payload = pr;
            return pr;
        }

        private String sha() {
            return String.format("%040x", (long) key().hashCode() * 31 + additions + ci.hashCode())
                    .substring(0, 40);
        }

        private void trim(ObjectNode side) {
            ObjectNode small = side.putObject("repo");
            small.put("id", repo.hashCode());
            small.put("full_name", repo);
            small.put("html_url", BASE + "/" + repo);
        }
    }

    private final class Issue {
        String repo;
        int number;
        String agent;
        int lane;
        Instant created;
        Instant updated;
        ObjectNode payload;

        String key() {
            return "gitea:issue:" + repo + "#" + number;
        }

        ObjectNode payload() {
            if (payload != null) {
                return payload;
            }
            ObjectNode issue = templates.issue.deepCopy();
            String url = BASE + "/" + repo + "/issues/" + number;
            issue.put("id", (long) repo.hashCode() * 10_000 + number);
            issue.put("number", number);
            issue.put("url", url);
            issue.put("html_url", url);
            issue.put("title", "Simulated task " + number + " in " + repo.substring(6));
            ArrayNode labels = issue.putArray("labels");
            if (lane > 0) {
                labels.add(templates.label.deepCopy().put("name", String.format(LANES[lane], agent)));
            }
            ArrayNode assignees = issue.putArray("assignees");
            if (lane > 0) {
                ObjectNode user = (ObjectNode) issue.path("user").deepCopy();
                assignees.add(user.put("login", agent).put("username", agent));
            }
            issue.put("created_at", created.toString());
            issue.put("updated_at", updated.toString());
            issue.putObject("command_center").putArray("linked_pulls");
            payload = issue;
            return issue;
        }
    }
}
