package dev.commandcenter.ui.scaleout;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A query host on PostgreSQL tails the log by read id as a query host on H2 does. H2 indexes foreign keys
 * on its own and PostgreSQL does not: the log's PostgreSQL migrations add what the tail needs, so a tail
 * is an index range, not a read of the whole observation table at every poll.
 */
class PostgresLogIndexesIT {

    @Test
    void theObservationsOfARangeOfReadIdsAreIndexedOnPostgresAsOnH2() throws Exception {
        try (TestEngines engines = TestEngines.start()) {
            Flyway.configure()
                    .dataSource(engines.postgresUrl(), "command_center", "")
                    .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                    .load()
                    .migrate();
            try (Connection c = DriverManager.getConnection(engines.postgresUrl(), "command_center", "");
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(
                            "SELECT indexdef FROM pg_indexes WHERE tablename = 'observation' ORDER BY indexname")) {
                StringBuilder indexes = new StringBuilder();
                boolean byReadId = false;
                while (rs.next()) {
                    String definition = rs.getString(1);
                    indexes.append(definition).append('\n');
                    byReadId |= definition.endsWith("(read_id)");
                }
                assertTrue(byReadId, "an index led by read_id among:\n" + indexes);
            }
        }
    }
}
