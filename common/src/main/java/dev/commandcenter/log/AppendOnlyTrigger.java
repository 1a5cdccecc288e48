package dev.commandcenter.log;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** H2 trigger that refuses any UPDATE or DELETE on a log table: the log is append-only by construction. */
public class AppendOnlyTrigger implements Trigger {

    private String table;

    @Override
    public void init(
            Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        this.table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        String operation = newRow == null ? "DELETE" : "UPDATE";
        throw new SQLException(
                "the observation log is append-only: " + operation + " on " + table + " refused", "42000");
    }
}
