package dev.commandcenter.query.agents;

import dev.commandcenter.fact.EndpointProbeFact;
import dev.commandcenter.fact.Facts;
import dev.commandcenter.observation.Freshness;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.observation.SubjectKey;
import dev.commandcenter.query.sources.SourceStatus;

/** An endpoint probe as a service row; a healthy-looking probe from stale or failing reads is unknown. */
final class ServiceRows {

    private ServiceRows() {}

    static ServiceRow of(Observation probe, SourceStatus endpoints) {
        EndpointProbeFact fact = Facts.of(probe, EndpointProbeFact.class, EndpointProbeFact.READER);
        ServiceState state = ServiceState.of(fact.state());
        String reason = fact.reason();
        Freshness freshness = endpoints.freshness();
        if (freshness == Freshness.STALE || freshness == Freshness.UNKNOWN) {
            reason = "last probe said " + state.wire() + ", but endpoints are " + freshness.wire()
                    + (endpoints.reason() == null ? "" : ": " + endpoints.reason());
            state = ServiceState.UNKNOWN;
        }
        return new ServiceRow(
                fact.name() == null ? SubjectKey.ENDPOINT.nameOf(probe.subject()) : fact.name(),
                fact.url(),
                state,
                reason,
                fact.status(),
                fact.latencyMs(),
                probe.source(),
                probe.observedAt(),
                freshness);
    }
}
