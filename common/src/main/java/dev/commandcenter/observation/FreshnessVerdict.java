package dev.commandcenter.observation;

/** A freshness and, unless live, the reason an operator can act on. */
public record FreshnessVerdict(Freshness freshness, String reason) {
    public static FreshnessVerdict live() {
        return new FreshnessVerdict(Freshness.LIVE, null);
    }
}
