package dev.commandcenter.sim;

import java.util.Locale;

/** How big the simulated fleet is: repositories, open issues and PRs, agents, scheduled jobs, endpoints. */
public enum FleetScale {
    SMALL(5, 60, 15, 10, 20, 3),
    FLEET(50, 1_000, 200, 50, 100, 10),
    TEN_X(500, 10_000, 2_000, 500, 1_000, 100);

    public final int repos;
    public final int openIssues;
    public final int openPulls;
    public final int agents;
    public final int jobs;
    public final int endpoints;

    FleetScale(int repos, int openIssues, int openPulls, int agents, int jobs, int endpoints) {
        this.repos = repos;
        this.openIssues = openIssues;
        this.openPulls = openPulls;
        this.agents = agents;
        this.jobs = jobs;
        this.endpoints = endpoints;
    }

    /** {@code small}, {@code fleet} or {@code 10x}. */
    public static FleetScale named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "small" -> SMALL;
            case "fleet" -> FLEET;
            case "10x" -> TEN_X;
            default -> throw new IllegalArgumentException("scale is small, fleet or 10x, not " + name);
        };
    }

    public int subjects() {
        return repos + openIssues + openPulls + 2 * agents + jobs + 1 + endpoints;
    }
}
