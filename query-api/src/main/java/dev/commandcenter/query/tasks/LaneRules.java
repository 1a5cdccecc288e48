package dev.commandcenter.query.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Label patterns per lane. {@code <agent>} in a pattern matches an agent's name and remembers it;
 * {@code *} matches anything; matching ignores case.
 */
public final class LaneRules {

    /** A label that put an issue in a lane, naming an agent when its pattern has {@code <agent>}. */
    public record LabelSignal(Lane lane, String label, String agent) {}

    private record Rule(Lane lane, Pattern pattern) {}

    private final List<Rule> rules = new ArrayList<>();

    /**
     * The answer per label text: a fleet's issues share a few dozen labels, and the board matches every
     * label of every issue at each instant it is judged (a replay: a thousand issues).
     */
    private final Map<String, Optional<LabelSignal>> matched = new ConcurrentHashMap<>();

    /** Label texts remembered at most; past it (labels made up on the fly), matching is done afresh. */
    private static final int MATCHED_KEPT = 4096;

    public LaneRules(Map<Lane, List<String>> patterns) {
        // Blocked first: the most specific claim about an issue's state.
        for (Lane lane : List.of(Lane.BLOCKED, Lane.IN_REVIEW, Lane.IN_PROGRESS, Lane.ASSIGNED)) {
            for (String p : patterns.getOrDefault(lane, List.of())) {
                if (!p.isBlank()) {
                    rules.add(new Rule(lane, compile(p.trim())));
                }
            }
        }
    }

    public static LaneRules from(TaskBoardConfig.Lanes lanes) {
        return new LaneRules(Map.of(
                Lane.ASSIGNED,
                lanes.assigned(),
                Lane.IN_PROGRESS,
                lanes.inProgress(),
                Lane.BLOCKED,
                lanes.blocked(),
                Lane.IN_REVIEW,
                lanes.inReview()));
    }

    public Optional<LabelSignal> match(String label) {
        Optional<LabelSignal> known = matched.get(label);
        if (known != null) {
            return known;
        }
        Optional<LabelSignal> signal = matchAfresh(label);
        if (matched.size() < MATCHED_KEPT) {
            matched.put(label, signal);
        }
        return signal;
    }

    private Optional<LabelSignal> matchAfresh(String label) {
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(label);
            if (m.matches()) {
                String agent = rule.pattern().pattern().contains("(?<agent>") ? m.group("agent") : null;
                return Optional.of(new LabelSignal(rule.lane(), label, agent));
            }
        }
        return Optional.empty();
    }

    static Pattern compile(String pattern) {
        StringBuilder regex = new StringBuilder();
        String rest = pattern;
        while (!rest.isEmpty()) {
            if (rest.startsWith("<agent>")) {
                regex.append(regex.indexOf("(?<agent>") < 0 ? "(?<agent>[A-Za-z0-9_.-]+?)" : "[A-Za-z0-9_.-]+?");
                rest = rest.substring("<agent>".length());
            } else if (rest.charAt(0) == '*') {
                regex.append(".*");
                rest = rest.substring(1);
            } else {
                regex.append(Pattern.quote(rest.substring(0, 1)));
                rest = rest.substring(1);
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
    }
}
