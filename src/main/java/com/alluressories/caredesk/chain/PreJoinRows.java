package com.alluressories.caredesk.chain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a PC held when it joined, and only that, goes up to the hub. SymmetricDS reads a table to
 * send when the batch leaves, not when it is asked for; by then the rows the chain has sent down
 * (its sales history, its tickets) are in the same tables and would go back up, and on from the
 * hub to every other PC. So at join the keys of every shared table's rows are kept aside, in a
 * local table per shared table ({@code chain_prejoin_<table>}), and the reload reads only those;
 * once everything has gone, they are dropped.
 */
final class PreJoinRows {
    private static final String PREFIX = "chain_prejoin_";

    private PreJoinRows() {
    }

    /**
     * Keeps the keys of {@code table}'s rows aside; the condition that selects just those rows, or
     * empty when the table holds none (nothing to send).
     */
    static Optional<String> keep(Connection c, String table) throws SQLException {
        List<String> key = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    key.add(rs.getString(1));
                }
            }
        }
        if (key.isEmpty()) {
            throw new SQLException("the shared table " + table + " has no primary key");
        }
        String columns = String.join(", ", key);
        String kept = PREFIX + table;
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS " + kept);
            st.execute("CREATE TABLE " + kept + " AS SELECT " + columns + " FROM " + table);
            try (ResultSet rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM " + kept + ")")) {
                rs.next();
                if (rs.getInt(1) == 0) {
                    st.execute("DROP TABLE " + kept);
                    return Optional.empty();
                }
            }
        }
        return Optional.of("(" + columns + ") IN (SELECT " + columns + " FROM " + kept + ")");
    }

    /** Whether anything is kept aside. */
    static boolean any(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name LIKE '" + PREFIX + "%')")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    /** Drops what was kept aside; called once the hub has everything this PC sent. */
    static void forget(Connection c) throws SQLException {
        List<String> kept = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '" + PREFIX + "%'")) {
            while (rs.next()) {
                kept.add(rs.getString(1));
            }
        }
        try (Statement st = c.createStatement()) {
            for (String table : kept) {
                st.execute("DROP TABLE " + table);
            }
        }
    }
}
