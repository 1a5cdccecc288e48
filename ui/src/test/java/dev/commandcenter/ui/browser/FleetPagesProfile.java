package dev.commandcenter.ui.browser;

/**
 * Views only, on a fleet-scale log of their own, for the tests that replay, filter and follow strips:
 * they leave the fleet of {@link PopulatedFleetProfile} to the layout tests, which measure it fresh.
 */
public class FleetPagesProfile extends ViewsOnOwnLog {

    public FleetPagesProfile() {
        super("fleet-pages");
    }
}
