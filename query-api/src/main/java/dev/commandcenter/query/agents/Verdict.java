package dev.commandcenter.query.agents;

/** A state with its failure mode (null when healthy) and the reason in words. */
record Verdict(AgentState state, FailureMode failureMode, String reason) {

    static Verdict of(AgentState state, String reason) {
        return new Verdict(state, null, reason);
    }

    static Verdict failing(AgentState state, FailureMode mode, String reason) {
        return new Verdict(state, mode, reason);
    }
}
