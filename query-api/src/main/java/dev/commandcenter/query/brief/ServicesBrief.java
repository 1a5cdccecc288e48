package dev.commandcenter.query.brief;

import dev.commandcenter.observation.KnownSource;
import dev.commandcenter.query.agents.AgentHealthView;
import dev.commandcenter.query.agents.ServiceRow;
import dev.commandcenter.query.agents.ServiceState;

/**
 * Services and model endpoints: down is red; degraded or rate-limited is amber. Computed from the
 * agent health view that {@link AgentsBrief} already holds, so the view is computed once per brief.
 */
final class ServicesBrief {

    private ServicesBrief() {}

    static BriefPart of(AgentHealthView view) {
        PartBuilder part = new PartBuilder(BriefArea.SERVICES, "/agents");
        var endpoints = view.sources().stream()
                .filter(s -> KnownSource.ENDPOINTS.is(s.source()))
                .toList();
        part.sources(endpoints);
        int up = 0;
        for (ServiceRow row : view.services()) {
            part.row(row.observedAt(), row.freshness());
            Health health = health(row.state());
            if (health == Health.GREEN) {
                up++;
            } else {
                part.add(
                        health,
                        row.name() + " is " + row.state().wire(),
                        row.reason(),
                        "/agents#service-" + Anchors.of(row.name()),
                        row.source(),
                        row.freshness(),
                        row.observedAt());
            }
        }
        return part.build(
                PartBuilder.anyConfigured(endpoints),
                up + " of " + view.services().size() + " services up");
    }

    static Health health(ServiceState state) {
        return switch (state) {
            case DOWN -> Health.RED;
            case DEGRADED, RATE_LIMITED -> Health.AMBER;
            case UNKNOWN -> Health.UNKNOWN;
            case UP -> Health.GREEN;
        };
    }
}
