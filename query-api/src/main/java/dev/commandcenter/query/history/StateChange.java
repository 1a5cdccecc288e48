package dev.commandcenter.query.history;

import java.time.Instant;

/**
 * A subject of a view entered a state at an instant ({@code state} null: it left the view), as
 * the view's own projection judged it; the unit of the state ledger.
 */
public record StateChange(String subject, String state, Instant at, Evidence evidence) {

    public boolean present() {
        return state != null;
    }
}
