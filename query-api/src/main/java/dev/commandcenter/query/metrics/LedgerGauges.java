package dev.commandcenter.query.metrics;

import dev.commandcenter.config.CommandCenterConfig;
import dev.commandcenter.query.history.LedgerProgress;
import dev.commandcenter.query.history.StateLedger;
import dev.commandcenter.query.history.SubjectKind;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

/**
 * How much of the log the state ledger has recorded, per kind (0–100; NaN before it started):
 * below 100 it is rebuilding, and history is projected from the log meanwhile, more slowly.
 */
@ApplicationScoped
public class LedgerGauges {

    static final String RECORDED = "command_center_history_recorded_percent";

    private final StateLedger ledger;
    private final MeterRegistry registry;
    private final CommandCenterConfig config;

    @Inject
    public LedgerGauges(StateLedger ledger, MeterRegistry registry, CommandCenterConfig config) {
        this.ledger = ledger;
        this.registry = registry;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        if (!config.role().servesViews()) {
            return;
        }
        for (SubjectKind kind : List.of(SubjectKind.AGENT, SubjectKind.JOB, SubjectKind.PR)) {
            Gauge.builder(RECORDED, ledger, l -> {
                        LedgerProgress progress = l.progress().get(kind);
                        return progress == null ? Double.NaN : progress.percent();
                    })
                    .tag("kind", kind.wire())
                    .description("How much of the log the state ledger has recorded; history is projected until 100")
                    .register(registry);
        }
    }
}
