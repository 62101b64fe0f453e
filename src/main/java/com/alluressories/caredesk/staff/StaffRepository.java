package com.alluressories.caredesk.staff;

import com.alluressories.caredesk.store.Rows;
import com.alluressories.caredesk.store.Sql;
import com.alluressories.caredesk.store.StoredTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code staff} table, read and written by column name, inside the caller's connection or
 * transaction. No rule lives here: who may change what, and the audit entry, are the services'.
 */
public final class StaffRepository {
    private static final String COLUMNS = "s.staff_no, s.display_name, s.role, s.active, s.pin_hash, "
            + "coalesce(l.failed_attempts, 0) AS failed_attempts, l.locked_until";
    private static final String FROM = " FROM staff s LEFT JOIN staff_lockout l ON l.staff_no = s.staff_no";
    /** How {@code changed_at} is written: the form SymmetricDS compares to let the newer change win. */
    private static final java.time.format.DateTimeFormatter CHANGED =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private StaffRepository() {
    }

    /** A member of staff with what only the sign-in check may see: the PIN's hash and the lockout. */
    record StaffRecord(Staff staff, String pinHash, Lockout lockout) {
    }

    static Optional<StaffRecord> find(Connection c, String staffNo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + FROM + " WHERE s.staff_no = ?")) {
            ps.setString(1, staffNo);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Lockout lockout = new Lockout(rs.getInt("failed_attempts"),
                        Rows.number(rs, "locked_until").map(StoredTime::decode));
                return Optional.of(new StaffRecord(staff(rs), rs.getString("pin_hash"), lockout));
            }
        }
    }

    /** Everyone, the active first, by staff number. */
    static List<Staff> list(Connection c) throws SQLException {
        List<Staff> staff = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT " + COLUMNS + FROM + " ORDER BY s.active DESC, s.staff_no")) {
            while (rs.next()) {
                staff.add(staff(rs));
            }
        }
        return staff;
    }

    static boolean hasActiveManager(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT 1 FROM staff WHERE role = 'MANAGER' AND active = 1 LIMIT 1")) {
            return rs.next();
        }
    }

    /** Active managers other than {@code staffNo}. */
    static int otherActiveManagers(Connection c, String staffNo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) AS managers FROM staff WHERE role = 'MANAGER' AND active = 1 AND staff_no <> ?")) {
            ps.setString(1, staffNo);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt("managers");
            }
        }
    }

    public static int count(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) AS staff FROM staff")) {
            rs.next();
            return rs.getInt("staff");
        }
    }

    /**
     * Inserts a member of staff (the demo's, and the first manager of a real shop).
     *
     * @throws StaffException {@code staff.problem.taken} when the staff number is already in use
     */
    public static void insert(Connection c, Staff staff, String pinHash, LocalDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO staff (staff_no, display_name, role, active, "
                + "pin_hash, created_at, updated_at, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, staff.staffNo());
            ps.setString(2, staff.name());
            ps.setString(3, staff.role().name());
            ps.setInt(4, staff.active() ? 1 : 0);
            ps.setString(5, pinHash);
            ps.setLong(6, StoredTime.encode(now));
            ps.setLong(7, StoredTime.encode(now));
            ps.setString(8, CHANGED.format(now));
            ps.executeUpdate();
        } catch (SQLException e) {
            if (Sql.isUniqueViolation(e)) {
                throw new StaffException("staff.problem.taken", staff.staffNo());
            }
            throw e;
        }
    }

    static void deleteAll(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM staff_lockout");
            st.executeUpdate("DELETE FROM staff");
        }
    }

    /** Active or not; either way the lockout is lifted. */
    static void setActive(Connection c, String staffNo, boolean active, LocalDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE staff SET active = ?, updated_at = ?, changed_at = ? "
                + "WHERE staff_no = ?")) {
            ps.setInt(1, active ? 1 : 0);
            ps.setLong(2, StoredTime.encode(now));
            ps.setString(3, CHANGED.format(now));
            ps.setString(4, staffNo);
            ps.executeUpdate();
        }
        liftLockout(c, staffNo);
    }

    /** A new PIN's hash; the lockout is lifted. */
    static void setPinHash(Connection c, String staffNo, String pinHash, LocalDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE staff SET pin_hash = ?, updated_at = ?, changed_at = ? "
                + "WHERE staff_no = ?")) {
            ps.setString(1, pinHash);
            ps.setLong(2, StoredTime.encode(now));
            ps.setString(3, CHANGED.format(now));
            ps.setString(4, staffNo);
            ps.executeUpdate();
        }
        liftLockout(c, staffNo);
    }

    /** Wrong PINs typed on this PC, and until when the card is locked here. */
    static void setLockout(Connection c, String staffNo, Lockout lockout) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO staff_lockout (staff_no, failed_attempts, "
                + "locked_until) VALUES (?, ?, ?) ON CONFLICT (staff_no) DO UPDATE SET "
                + "failed_attempts = excluded.failed_attempts, locked_until = excluded.locked_until")) {
            ps.setString(1, staffNo);
            ps.setInt(2, lockout.failedAttempts());
            Sql.setNumber(ps, 3, lockout.lockedUntil().map(StoredTime::encode));
            ps.executeUpdate();
        }
    }

    private static void liftLockout(Connection c, String staffNo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM staff_lockout WHERE staff_no = ?")) {
            ps.setString(1, staffNo);
            ps.executeUpdate();
        }
    }

    private static Staff staff(ResultSet rs) throws SQLException {
        return new Staff(rs.getString("staff_no"), rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                Rows.flag(rs, "active"));
    }
}
