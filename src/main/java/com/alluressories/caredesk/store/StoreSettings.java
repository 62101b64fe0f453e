package com.alluressories.caredesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The settings SQLite has in force on the store, as {@code check} reports them: the journal, how
 * writes reach the disk, foreign keys, and how many rows break a foreign key.
 */
public record StoreSettings(String journalMode, String synchronous, String foreignKeys, long foreignKeyViolations) {

    public static StoreSettings of(Store store) {
        return store.read(c -> {
            try (Statement st = c.createStatement()) {
                return new StoreSettings(one(st, "PRAGMA journal_mode"), one(st, "PRAGMA synchronous"),
                        one(st, "PRAGMA foreign_keys"),
                        Long.parseLong(one(st, "SELECT count(*) FROM pragma_foreign_key_check")));
            }
        });
    }

    /** WAL, synchronous=FULL, foreign keys on and kept. */
    public boolean inGoodOrder() {
        return "wal".equalsIgnoreCase(journalMode) && "2".equals(synchronous) && "1".equals(foreignKeys)
                && foreignKeyViolations == 0;
    }

    private static String one(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : "";
        }
    }
}
