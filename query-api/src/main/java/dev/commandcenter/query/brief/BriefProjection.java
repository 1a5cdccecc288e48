package dev.commandcenter.query.brief;

import dev.commandcenter.query.Replay;
import dev.commandcenter.query.ViewSnapshots;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Rolls the areas up. Overall is the worst health of the configured areas; green only when every
 * configured area is green; with no configured area at all it is unknown, never green. The headline
 * says how many areas are watched, so a green over few areas does not read as a green over all.
 */
@ApplicationScoped
public class BriefProjection {

    private final Instance<BriefContributor> contributors;
    private final ViewSnapshots snapshots;

    public BriefProjection(Instance<BriefContributor> contributors) {
        this(contributors, ViewSnapshots.NONE);
    }

    @Inject
    public BriefProjection(Instance<BriefContributor> contributors, ViewSnapshots snapshots) {
        this.contributors = contributors;
        this.snapshots = snapshots;
    }

    public BriefStatus at(Replay replay) {
        return snapshots.at(replay.replay() ? "brief replay" : "brief", replay.at(), t -> computed(replay));
    }

    private BriefStatus computed(Replay replay) {
        List<BriefPart> parts = new ArrayList<>();
        for (BriefContributor contributor : contributors) {
            parts.addAll(contributor.parts(replay.at()));
        }
        parts.sort(Comparator.comparing(BriefPart::area));
        return new BriefStatus(replay, overall(parts), headline(parts), watched(parts), parts.size(), parts);
    }

    /** How many areas have a configured source: the rest cannot turn the overall red, so the headline says so. */
    static int watched(List<BriefPart> parts) {
        return (int) parts.stream().filter(BriefPart::configured).count();
    }

    static Health overall(List<BriefPart> parts) {
        List<BriefPart> configured =
                parts.stream().filter(BriefPart::configured).toList();
        if (configured.isEmpty()) {
            return Health.UNKNOWN;
        }
        return configured.stream().map(BriefPart::health).reduce(Health.GREEN, Health::worst);
    }

    static String headline(List<BriefPart> parts) {
        Map<Health, Long> counts = parts.stream()
                .flatMap(p -> p.items().stream())
                .collect(Collectors.groupingBy(
                        BriefItem::health, () -> new EnumMap<>(Health.class), Collectors.counting()));
        int watched = watched(parts);
        if (watched == 0) {
            return "nothing configured yet";
        }
        String judged = counts.isEmpty()
                ? Health.GREEN.wire()
                : counts.entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey().wire())
                        .collect(Collectors.joining(", "));
        return judged + " — " + watched + " of " + parts.size() + " areas watched";
    }
}
