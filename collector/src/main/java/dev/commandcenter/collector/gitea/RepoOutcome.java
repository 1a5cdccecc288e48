package dev.commandcenter.collector.gitea;

import dev.commandcenter.observation.SubjectSeen;
import java.util.List;

/** How reading one repository went: its subjects, or the error that stopped it. */
record RepoOutcome(RepoTarget target, List<SubjectSeen> seen, GiteaReadError failure) {}
