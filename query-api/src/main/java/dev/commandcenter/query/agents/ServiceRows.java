package dev.commandcenter.query.agents;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commandcenter.observation.Freshness;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.observation.SubjectKey;
import dev.commandcenter.query.sources.SourceStatus;

/** An endpoint probe as a service row; a healthy-looking probe from stale or failing reads is unknown. */
final class ServiceRows {

    private ServiceRows() {}

    static ServiceRow of(Observation probe, SourceStatus endpoints) {
        JsonNode payload = Payloads.parse(probe.payload());
        ServiceState state = ServiceState.fromWire(Payloads.text(payload, "/state"));
        String reason = Payloads.text(payload, "/reason");
        Freshness freshness = endpoints.freshness();
        if (freshness == Freshness.STALE || freshness == Freshness.UNKNOWN) {
            reason = "last probe said " + state.wire() + ", but endpoints are " + freshness.wire()
                    + (endpoints.reason() == null ? "" : ": " + endpoints.reason());
            state = ServiceState.UNKNOWN;
        }
        Long status = Payloads.number(payload, "/status");
        String name = Payloads.text(payload, "/name");
        return new ServiceRow(
                name == null ? SubjectKey.ENDPOINT.nameOf(probe.subject()) : name,
                Payloads.text(payload, "/url"),
                state,
                reason,
                status == null ? null : status.intValue(),
                Payloads.number(payload, "/latency_ms"),
                probe.source(),
                probe.observedAt(),
                freshness);
    }
}
