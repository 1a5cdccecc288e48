package dev.commandcenter.ui.browser;

/**
 * Views only, on a fleet-scale log of their own, filled when the layout tests start: they measure
 * the brief as an operator sees it, read a minute ago at most, not after every other suite has run.
 */
public class LayoutFleetProfile extends ViewsOnOwnLog {

    public LayoutFleetProfile() {
        super("layout-fleet");
    }
}
