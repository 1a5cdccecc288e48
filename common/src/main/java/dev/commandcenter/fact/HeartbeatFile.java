package dev.commandcenter.fact;

import static dev.commandcenter.fact.FactFields.instant;
import static dev.commandcenter.fact.FactFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * An agent's heartbeat file as it wrote it (stored whole under {@code heartbeat}): the fields the
 * agent health view reads. Every field is optional but {@code written_at}; an absent or unreadable
 * one is null.
 *
 * @param writtenAt     when the agent wrote the file
 * @param state         what it reports, {@link ReportedState#NONE} when nothing
 * @param stateText     the state as the agent spelled it, for showing; null when none
 * @param claimedAt     since when it holds its claim
 * @param lastSuccessAt its last successful activity
 * @param lastError     its last error; null when none is written
 */
public record HeartbeatFile(
        Instant writtenAt,
        ReportedState state,
        String stateText,
        Instant claimedAt,
        Instant lastSuccessAt,
        LastError lastError,
        String model,
        String provider) {

    /**
     * The agent's last error ({@code last_error}).
     *
     * @param kindText the kind as the agent spelled it, for showing; null when none
     */
    public record LastError(AgentErrorKind kind, String kindText, String message, Instant at) {

        /** Newer than the agent's last success (or either time unknown): the error still holds. */
        public boolean currentAfter(Instant lastSuccess) {
            return lastSuccess == null || at == null || at.isAfter(lastSuccess);
        }
    }

    static HeartbeatFile read(JsonNode file) {
        String state = text(file, "state");
        JsonNode error = file.get("last_error");
        return new HeartbeatFile(
                instant(file, "written_at"),
                ReportedState.parse(state),
                state,
                instant(file, "claimed_at"),
                instant(file, "last_success_at"),
                error != null && error.isObject()
                        ? new LastError(
                                AgentErrorKind.parse(text(error, "kind")),
                                text(error, "kind"),
                                text(error, "message"),
                                instant(error, "at"))
                        : null,
                text(file, "model"),
                text(file, "provider"));
    }
}
