package dev.commandcenter.query.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commandcenter.log.LogReader;
import dev.commandcenter.query.ViewSnapshots;
import dev.commandcenter.query.reviews.GiteaSubjects;
import dev.commandcenter.query.reviews.GiteaViewConfig;
import dev.commandcenter.query.reviews.RepositoryFreshness;
import dev.commandcenter.query.sources.SourceStatus;
import dev.commandcenter.query.sources.SourcesProjection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Folds the Gitea issues and pull requests, and the agents' claims, into the task board at an instant. */
@ApplicationScoped
public class TaskBoardProjection {

    private final LogReader log;
    private final SourcesProjection sources;
    private final TaskRules rules;
    private final ViewSnapshots snapshots;

    public TaskBoardProjection(LogReader log, SourcesProjection sources, GiteaViewConfig config) {
        this(log, sources, config, ViewSnapshots.NONE);
    }

    @Inject
    public TaskBoardProjection(LogReader log, SourcesProjection sources, GiteaViewConfig config,
            ViewSnapshots snapshots) {
        this.log = log;
        this.sources = sources;
        this.rules = new TaskRules(LaneRules.from(config.lanes()), config.agentLogins());
        this.snapshots = snapshots;
    }

    public TaskBoardView at(Instant at) {
        return snapshots.at("task-board", at, this::computed);
    }

    private TaskBoardView computed(Instant at) {
        GiteaSubjects subjects = GiteaSubjects.of(log.latestAt(GiteaSubjects.SOURCE, at));
        Map<String, List<String>> claims = AgentClaims.byIssue(log.latestAt(AgentClaims.SOURCE, at));
        return fold(rules, subjects, claims, sources.status(GiteaSubjects.SOURCE, at),
                sources.status(AgentClaims.SOURCE, at), at);
    }

    /** The pure part. */
    public static TaskBoardView fold(TaskRules rules, GiteaSubjects subjects, Map<String, List<String>> claims,
            SourceStatus gitea, SourceStatus heartbeats, Instant at) {
        RepositoryFreshness freshness = new RepositoryFreshness(gitea, subjects.repos());
        Map<String, List<LinkedPull>> links = links(subjects);
        Map<Lane, List<TaskCard>> lanes = new EnumMap<>(Lane.class);
        for (Lane lane : Lane.values()) {
            lanes.put(lane, new ArrayList<>());
        }
        subjects.issues().forEach((subject, issue) -> {
            TaskCard card = rules.card(subject, issue, links.getOrDefault(subject, List.of()),
                    claims.getOrDefault(subject, List.of()), freshness.of(GiteaSubjects.repoOf(subject)));
            lanes.get(card.lane()).add(card);
        });
        List<TaskBoardView.Column> columns = new ArrayList<>();
        lanes.forEach((lane, cards) -> {
            cards.sort(Comparator.comparing(TaskCard::repo).thenComparingInt(TaskCard::number));
            columns.add(new TaskBoardView.Column(lane, cards.size(), cards));
        });
        return new TaskBoardView(at, gitea, heartbeats, List.copyOf(freshness.all().values()), columns);
    }

    /** Issue key → open pull requests linked to it, by closing keyword or by the issue's timeline. */
    static Map<String, List<LinkedPull>> links(GiteaSubjects subjects) {
        Map<String, Map<String, LinkedPull>> links = new LinkedHashMap<>();
        subjects.pulls().forEach((subject, pr) -> pr.path("command_center").path("closes")
                .forEach(ref -> links.computeIfAbsent("gitea:issue:" + ref.asText(), k -> new LinkedHashMap<>())
                        .put(subject, linked(subject, pr))));
        subjects.issues().forEach((subject, issue) -> issue.path("command_center").path("linked_pulls").forEach(ref -> {
            String pull = "gitea:pr:" + ref.path("pull").asText();
            JsonNode pr = subjects.pulls().get(pull);
            if (pr != null && !"neutered".equals(ref.path("action").asText())) {
                links.computeIfAbsent(subject, k -> new LinkedHashMap<>()).put(pull, linked(pull, pr));
            }
        }));
        Map<String, List<LinkedPull>> out = new LinkedHashMap<>();
        links.forEach((issue, pulls) -> out.put(issue, List.copyOf(pulls.values())));
        return out;
    }

    private static LinkedPull linked(String subject, JsonNode pr) {
        return new LinkedPull(subject, GiteaSubjects.repoOf(subject), pr.path("number").asInt(),
                pr.path("title").asText(), pr.path("html_url").asText(), pr.path("draft").asBoolean());
    }
}
