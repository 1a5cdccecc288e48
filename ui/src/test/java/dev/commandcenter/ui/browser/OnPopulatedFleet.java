package dev.commandcenter.ui.browser;

import dev.commandcenter.log.ObservationLog;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the tests of pages on a fleet-scale log share: the application's root, its log and clock, and
 * the simulated fleet appended before each test (once per log: {@link PopulatedFleet}). A test class
 * extends it and names its own profile, which says which log it has.
 */
abstract class OnPopulatedFleet {

    @TestHTTPResource("/")
    URL root;

    @Inject
    ObservationLog log;

    @Inject
    Clock clock;

    @BeforeEach
    void fleet() {
        PopulatedFleet.fill(log, clock);
    }
}
