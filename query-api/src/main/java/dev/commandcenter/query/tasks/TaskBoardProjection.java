package dev.commandcenter.query.tasks;

import dev.commandcenter.log.LogReader;
import dev.commandcenter.observation.SubjectKey;
import dev.commandcenter.query.ViewSnapshots;
import dev.commandcenter.query.gitea.GiteaSubjects;
import dev.commandcenter.query.gitea.RepositoryFreshness;
import dev.commandcenter.query.sources.SourceStatus;
import dev.commandcenter.query.sources.SourcesProjection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Folds the Gitea issues and pull requests, and the agents' claims, into the task board at an instant. */
@ApplicationScoped
public class TaskBoardProjection {

    private final LogReader log;
    private final SourcesProjection sources;
    private final TaskRules rules;
    private final ViewSnapshots snapshots;

    public TaskBoardProjection(LogReader log, SourcesProjection sources, TaskBoardConfig config) {
        this(log, sources, config, ViewSnapshots.NONE);
    }

    @Inject
    public TaskBoardProjection(
            LogReader log, SourcesProjection sources, TaskBoardConfig config, ViewSnapshots snapshots) {
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
        SourceStatus heartbeats = sources.status(AgentClaims.SOURCE, at);
        Map<String, List<AgentClaim>> claims =
                AgentClaims.byIssue(log.latestAt(AgentClaims.SOURCE, at), heartbeats, at);
        return fold(rules, subjects, claims, sources.status(GiteaSubjects.SOURCE, at), heartbeats, at);
    }

    /** The pure part. */
    public static TaskBoardView fold(
            TaskRules rules,
            GiteaSubjects subjects,
            Map<String, List<AgentClaim>> claims,
            SourceStatus gitea,
            SourceStatus heartbeats,
            Instant at) {
        RepositoryFreshness freshness = new RepositoryFreshness(gitea, subjects.repos());
        IssueLinks links = IssueLinks.of(subjects);
        Map<Lane, List<TaskCard>> lanes = new EnumMap<>(Lane.class);
        for (Lane lane : Lane.values()) {
            lanes.put(lane, new ArrayList<>());
        }
        subjects.issues().forEach((subject, issue) -> {
            TaskCard card = rules.card(
                    subject,
                    issue,
                    links.closing(subject),
                    links.mentions(subject),
                    claims.getOrDefault(subject, List.of()),
                    freshness.of(SubjectKey.repoOf(subject)));
            lanes.get(card.lane()).add(card);
        });
        List<TaskBoardView.Column> columns = new ArrayList<>();
        lanes.forEach((lane, cards) -> {
            cards.sort(Comparator.comparing(TaskCard::repo).thenComparingInt(TaskCard::number));
            columns.add(new TaskBoardView.Column(lane, cards.size(), cards));
        });
        return new TaskBoardView(
                at, gitea, heartbeats, List.copyOf(freshness.all().values()), columns);
    }
}
