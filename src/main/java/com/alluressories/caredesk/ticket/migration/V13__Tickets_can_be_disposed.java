package com.alluressories.caredesk.ticket.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A ticket's derived state may be DISPOSED (an uncollected piece sold under Cap. 294). The state
 * column's CHECK lists the states it may hold; SQLite cannot alter a CHECK, and rebuilding the
 * table would drop the chain engine's capture triggers on it. A constraint that only admits one
 * more value changes nothing stored, which is the case SQLite documents for editing the table's
 * definition in place (lang_altertable.html, "making other kinds of table schema changes"): the
 * definition is edited, the schema cookie bumped so every connection reads it again, and the
 * database checked.
 */
public class V13__Tickets_can_be_disposed extends BaseJavaMigration {
    static final String BEFORE = "'READY_FOR_PICKUP', 'COLLECTED')";
    static final String AFTER = "'READY_FOR_PICKUP', 'COLLECTED', 'DISPOSED')";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement st = c.createStatement()) {
            String sql;
            try (ResultSet rs = st.executeQuery("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'ticket'")) {
                if (!rs.next()) {
                    throw new SQLException("V13: there is no ticket table");
                }
                sql = rs.getString(1);
            }
            if (sql.contains(AFTER)) {
                return;
            }
            if (!sql.contains(BEFORE)) {
                throw new SQLException("V13: the ticket table's state CHECK is not the one CareDesk made: " + sql);
            }
            int version;
            try (ResultSet rs = st.executeQuery("PRAGMA schema_version")) {
                rs.next();
                version = rs.getInt(1);
            }
            st.execute("PRAGMA writable_schema = ON");
            try {
                st.executeUpdate("UPDATE sqlite_schema SET sql = replace(sql, '" + BEFORE.replace("'", "''") + "', '"
                        + AFTER.replace("'", "''") + "') WHERE type = 'table' AND name = 'ticket'");
                st.execute("PRAGMA schema_version = " + (version + 1));
            } finally {
                st.execute("PRAGMA writable_schema = OFF");
            }
            try (ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
                rs.next();
                if (!"ok".equals(rs.getString(1))) {
                    throw new SQLException("V13: the database does not check after the edit: " + rs.getString(1));
                }
            }
        }
    }
}
