package com.alluressories.caredesk.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

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

    /** Binds a number that may be absent as SQL NULL. */
    public static void setNumber(PreparedStatement ps, int index, java.util.Optional<Long> value) throws SQLException {
        if (value.isPresent()) {
            ps.setLong(index, value.get());
        } else {
            ps.setNull(index, Types.INTEGER);
        }
    }

    /** A UNIQUE or PRIMARY KEY constraint refused the row: told by SQLite's extended result code, not its words. */
    public static boolean isUniqueViolation(SQLException e) {
        return e instanceof SQLiteException s && (s.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE
                || s.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY);
    }

    /** The disk is full (SQLITE_FULL). */
    public static boolean isDiskFull(SQLException e) {
        return primaryCode(e) == SQLiteErrorCode.SQLITE_FULL.code;
    }

    /** The file or its folder cannot be written (SQLITE_READONLY and its extended codes). */
    public static boolean isReadOnly(SQLException e) {
        return primaryCode(e) == SQLiteErrorCode.SQLITE_READONLY.code;
    }

    /** The file is not a database or is damaged (SQLITE_CORRUPT, SQLITE_NOTADB). */
    public static boolean isDamaged(SQLException e) {
        int code = primaryCode(e);
        return code == SQLiteErrorCode.SQLITE_CORRUPT.code || code == SQLiteErrorCode.SQLITE_NOTADB.code;
    }

    /** SQLite's primary result code (the low byte of an extended one), or -1 for an error from elsewhere. */
    private static int primaryCode(SQLException e) {
        if (e instanceof SQLiteException s) {
            return s.getResultCode().code & 0xff;
        }
        return e.getErrorCode() > 0 ? e.getErrorCode() & 0xff : -1;
    }
}
