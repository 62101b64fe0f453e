package com.alluressories.caredesk.claim;

import com.alluressories.caredesk.store.StoredData;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The claim tables as the store sees them: they leave with the demo, photos' bytes too (photo files stay, keyed by content). */
public final class ClaimData implements StoredData {
    @Override
    public void removeAll(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM claim_photo");
            st.executeUpdate("DELETE FROM photo");
            st.executeUpdate("DELETE FROM claim");
        }
    }
}
