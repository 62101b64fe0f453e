package com.alluressories.caredesk.staff;

import com.alluressories.caredesk.store.StoredData;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The staff table as the store sees them: the demo's staff leave with the demo (their PINs are
 * printed in the README), and a restore carries no staff over from the replaced store.
 */
public final class StaffData implements StoredData {
    @Override
    public void removeAll(Connection c) throws SQLException {
        StaffRepository.deleteAll(c);
    }
}
