package com.alluressories.caredesk.chain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The few reads and writes CareDesk makes on SymmetricDS's own {@code sym_*} tables. */
final class SymTables {
    private SymTables() {
    }

    static boolean present(Connection c) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, null, "sym_node", null)) {
            return rs.next();
        }
    }

    /** The hub refuses the node from now on: its password no longer matches and it cannot register again. */
    static void disableNode(Connection c, String nodeCode) throws SQLException {
        if (!present(c)) {
            return;
        }
        // Not sync_enabled = 0: SymmetricDS answers that with "sync disabled", on which a node uninstalls
        // its own engine tables. A changed password is refused as "not authorised" and the node stays as it is.
        try (PreparedStatement ps = c.prepareStatement("UPDATE sym_node_security SET registration_enabled = 0, "
                + "node_password = ? WHERE node_id IN (SELECT node_id FROM sym_node WHERE external_id = ?)")) {
            ps.setString(1, "disabled-" + java.util.UUID.randomUUID());
            ps.setString(2, nodeCode);
            ps.executeUpdate();
        }
    }

    /** Rows captured at this node that have not reached the hub yet. */
    static long pendingOut(Connection c) throws SQLException {
        if (!present(c)) {
            return 0;
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT (SELECT count(*) FROM sym_data d WHERE d.data_id > coalesce((SELECT max(data_id) "
                        + "FROM sym_data_event), 0)) + (SELECT coalesce(sum(b.data_row_count), 0) FROM sym_outgoing_batch b "
                        + "WHERE b.status <> 'OK' AND b.node_id <> '-1')")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Batches received from the hub and not loaded yet (an error, or a load under way). */
    static long pendingIn(Connection c) throws SQLException {
        if (!present(c)) {
            return 0;
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT count(*) FROM sym_incoming_batch WHERE status <> 'OK' AND status <> 'IG'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Why the last batches failed to load here, as SymmetricDS recorded it. */
    static java.util.List<String> loadErrors(Connection c) throws SQLException {
        java.util.List<String> errors = new java.util.ArrayList<>();
        if (!present(c)) {
            return errors;
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT batch_id, sql_message FROM "
                + "sym_incoming_batch WHERE status = 'ER' ORDER BY batch_id LIMIT 5")) {
            while (rs.next()) {
                errors.add("batch " + rs.getLong("batch_id") + " from the hub could not be loaded: "
                        + rs.getString("sql_message"));
            }
        }
        return errors;
    }
}
