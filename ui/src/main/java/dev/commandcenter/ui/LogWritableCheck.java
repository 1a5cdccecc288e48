package dev.commandcenter.ui;

import dev.commandcenter.log.LogWriteStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while polls cannot be appended: a command center that cannot record what it sees shows only the past. */
@Readiness
@ApplicationScoped
public class LogWritableCheck implements HealthCheck {

    private final LogWriteStatus writes;

    @Inject
    public LogWritableCheck(LogWriteStatus writes) {
        this.writes = writes;
    }

    @Override
    public HealthCheckResponse call() {
        List<LogWriteStatus.LogWriteFailure> failures = writes.failures();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("observation log writable");
        failures.forEach(f -> response.withData(f.source(), f.message()));
        return response.status(failures.isEmpty()).build();
    }
}
