package dev.commandcenter.ui.access;

import dev.commandcenter.config.CommandCenterConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.ConfigProvider;

/** Computes the listener plan once; a refused configuration fails the start here. */
public class AccessPlanProducer {

    @Produces
    @Singleton
    AccessSettings settings(CommandCenterConfig config) {
        return AccessSettings.from(config.access(), ConfigProvider.getConfig());
    }

    @Produces
    @Singleton
    ListenerPlan plan(AccessSettings settings, MachineAddresses machine) {
        return ListenerPlanner.plan(settings, machine.addresses());
    }

    @Produces
    @Singleton
    IdentityRules identityRules(AccessSettings settings) {
        return new IdentityRules(settings.trustServeProxy(), settings.whoisRequired(), settings.allowedLogins());
    }
}
