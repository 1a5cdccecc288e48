package dev.commandcenter.ui.agents;

import dev.commandcenter.query.agents.AgentState;
import dev.commandcenter.query.agents.ServiceState;
import io.quarkus.qute.TemplateExtension;

/** Symbols for agent and service states, so that a state never rests on colour alone. */
@TemplateExtension
public class AgentFormats {

    static String symbol(AgentState state) {
        return switch (state) {
            case UP, IDLE -> "●";
            case BUSY -> "▶";
            case DOWN -> "✖";
            case DEGRADED, RATE_LIMITED -> "▲";
            case STUCK, WRONG_WORK -> "◆";
            case UNKNOWN -> "?";
        };
    }

    static String symbol(ServiceState state) {
        return switch (state) {
            case UP -> "●";
            case DEGRADED, RATE_LIMITED -> "▲";
            case DOWN -> "✖";
            case UNKNOWN -> "?";
        };
    }
}
