package com.alluressories.caredesk.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** Small JDBC helpers the feature packages' SQL shares. */
public final class Sql {
    private Sql() {
    }

    /** Binds a text that may be absent as SQL NULL. */
    public static void setText(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }
}
