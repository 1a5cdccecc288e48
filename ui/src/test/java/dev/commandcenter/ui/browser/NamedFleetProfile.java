package dev.commandcenter.ui.browser;

/** Views only, on a log of their own: the log holds exactly the fleet a test appends. */
public class NamedFleetProfile extends ViewsOnOwnLog {

    public NamedFleetProfile() {
        super("named-fleet");
    }
}
