package dev.commandcenter.ui.browser;

/** Views only, on a log of their own that the tests fill with the simulated fleet at fleet scale. */
public class PopulatedFleetProfile extends ViewsOnOwnLog {

    public PopulatedFleetProfile() {
        super("populated-fleet");
    }
}
