package com.alluressories.caredesk.receipt;

import com.alluressories.caredesk.store.StoredData;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The receipt tables as the store sees them: the demo's receipts leave with it. */
public final class ReceiptData implements StoredData {
    @Override
    public void removeAll(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM receipt_line");
            st.executeUpdate("DELETE FROM receipt");
        }
    }
}
