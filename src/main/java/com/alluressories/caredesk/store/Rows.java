package com.alluressories.caredesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Reading a row by column name (never by position), with absent values as {@link Optional}. */
public final class Rows {
    private Rows() {
    }

    public static Optional<String> text(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }

    public static Optional<Long> number(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }

    public static boolean flag(ResultSet rs, String column) throws SQLException {
        return rs.getInt(column) != 0;
    }
}
