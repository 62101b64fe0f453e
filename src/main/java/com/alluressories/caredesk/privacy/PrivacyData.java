package com.alluressories.caredesk.privacy;

import com.alluressories.caredesk.store.StoredData;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The erasures and corrections of customers, and the open data access requests, as the store sees
 * them: they leave with the demo, and
 * a restore carries them over from the replaced store, so a backup taken before a purge or a
 * correction never brings back what it removed or changed (the store applies each as it lands).
 */
public final class PrivacyData implements StoredData {
    @Override
    public void removeAll(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM erasure");
            st.executeUpdate("DELETE FROM customer_correction");
            st.executeUpdate("DELETE FROM photo_removed");
            st.executeUpdate("DELETE FROM access_request");
        }
    }

    @Override
    public void afterRestore(Connection restored) throws SQLException {
        if (replacedHas(restored, "access_request")) {
            try (Statement st = restored.createStatement()) {
                // A request received or answered since the backup stays as it is now.
                st.executeUpdate("INSERT OR REPLACE INTO access_request (reference, received_on, customer_phone, "
                        + "customer_name, answered_on) SELECT reference, received_on, customer_phone, customer_name, "
                        + "answered_on FROM replaced.access_request");
            }
        }
        if (!replacedHas(restored, "erasure")) {
            return;
        }
        try (Statement st = restored.createStatement()) {
            // Corrections first: an erasure carried over afterwards empties them too.
            st.executeUpdate("INSERT OR IGNORE INTO customer_correction (correction_id, kind, target_id, at, "
                    + "customer_name, customer_phone) SELECT correction_id, kind, target_id, at, customer_name, "
                    + "customer_phone FROM replaced.customer_correction ORDER BY at, correction_id");
            st.executeUpdate("INSERT OR IGNORE INTO erasure (kind, target_id, at, node_code) "
                    + "SELECT kind, target_id, at, node_code FROM replaced.erasure");
            st.executeUpdate("INSERT OR IGNORE INTO photo_removed (sha256, media_type) "
                    + "SELECT sha256, media_type FROM replaced.photo_removed");
        }
    }

    private static boolean replacedHas(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT count(*) FROM replaced.sqlite_master WHERE type = 'table' AND name = '" + table + "'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }
}
