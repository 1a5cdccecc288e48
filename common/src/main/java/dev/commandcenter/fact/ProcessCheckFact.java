package dev.commandcenter.fact;

import static dev.commandcenter.fact.FactFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether an agent's process runs, as the collector's process check stored it
 * ({@code process:<name>}, format: {@code docs/sources/heartbeat.md}).
 *
 * @param pids    the pids it checked, in the order written; none when it had none
 * @param verdict {@link ProcessVerdict#UNKNOWN} when absent
 * @param reason  why, in words; null when alive
 */
public record ProcessCheckFact(String agent, List<Long> pids, ProcessVerdict verdict, String reason) implements Fact {

    public static final FactReader<ProcessCheckFact> READER = ProcessCheckFact::read;

    private static ProcessCheckFact read(JsonNode check) {
        List<Long> pids = new ArrayList<>();
        JsonNode written = check.get("pids");
        if (written != null && written.isArray()) {
            written.forEach(pid -> {
                if (pid.isIntegralNumber()) {
                    pids.add(pid.asLong());
                }
            });
        }
        return new ProcessCheckFact(
                text(check, "agent"),
                List.copyOf(pids),
                ProcessVerdict.parse(text(check, "verdict")),
                text(check, "reason"));
    }
}
