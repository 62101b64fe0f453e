package com.alluressories.caredesk.staff;

import com.alluressories.caredesk.store.Settings;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.store.StoredTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Staff, their PINs and roles: signing in (with the lockout after five wrong PINs), a manager's
 * approval on the spot, and the staff list a manager keeps. Every sign-in, refusal and change is
 * written to the audit trail in the same transaction.
 */
public final class StaffService {
    public static final int MAX_TRIES = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(5);
    public static final Duration DEFAULT_IDLE_LOCK = Duration.ofMinutes(5);
    public static final Duration MIN_IDLE_LOCK = Duration.ofMinutes(1);
    public static final Duration MAX_IDLE_LOCK = Duration.ofHours(8);
    static final String IDLE_LOCK = "staff.idle_lock_seconds";
    private static final Pattern STAFF_NO = Pattern.compile("[A-Z0-9]{1,12}");
    private static final Pattern PIN = Pattern.compile("[0-9]{4,8}");
    static final int MAX_NAME = 60;

    private final Store store;
    private final Clock clock;
    private final PinHasher hasher;
    private final AuditLog audit;

    public StaffService(Store store, Clock clock, PinHasher hasher, AuditLog audit) {
        this.store = store;
        this.clock = clock;
        this.hasher = hasher;
        this.audit = audit;
    }

    /** A staff number as typed or scanned from a card: trimmed, upper case. */
    public static String normalizeNo(String staffNo) {
        return staffNo == null ? "" : staffNo.strip().toUpperCase(Locale.ROOT);
    }

    /** Whether an active manager exists; when none does, the window asks for the first one before anything else. */
    public boolean hasManager() {
        return store.read(StaffService::hasManager);
    }

    static boolean hasManager(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT 1 FROM staff WHERE role = 'MANAGER' AND active = 1 LIMIT 1")) {
            return rs.next();
        }
    }

    public List<Staff> list() {
        return store.read(c -> {
            List<Staff> staff = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT staff_no, display_name, role, active FROM staff ORDER BY active DESC, staff_no")) {
                while (rs.next()) {
                    staff.add(staff(rs));
                }
            }
            return staff;
        });
    }

    public Optional<Staff> find(String staffNo) {
        String no = normalizeNo(staffNo);
        return store.read(c -> find(c, no).map(r -> r.staff));
    }

    /**
     * Signs in with a staff number and PIN. Five wrong PINs in a row lock that number for five
     * minutes; a locked number is refused without its PIN being checked.
     */
    public SignIn signIn(String staffNo, String pin) {
        return check(staffNo, pin, null, null);
    }

    /**
     * A manager approves, on the spot, one action the signed-in {@code current} may not do alone.
     * Wrong PINs count towards the same lockout as signing in.
     *
     * @return the current actor carrying the manager's authority, or why not
     */
    public SignIn approve(Actor current, String managerNo, String pin, Permission permission) {
        return check(managerNo, pin, current, permission);
    }

    private SignIn check(String staffNo, String pin, Actor asking, Permission permission) {
        String no = normalizeNo(staffNo);
        boolean approval = asking != null;
        // The slow hash check runs outside the write lock; the transaction re-reads the row and only
        // trusts the check if the hash is still the one checked.
        Optional<Row> before = store.read(c -> find(c, no));
        String checkedHash = before.map(r -> r.pinHash).orElse(null);
        boolean pinMatches = checkedHash != null && pin != null && PIN.matcher(pin).matches()
                && hasher.verify(pin, checkedHash);
        return store.write(c -> {
            LocalDateTime now = LocalDateTime.now(clock);
            Optional<Row> row = find(c, no);
            AuditAction refused = approval ? AuditAction.MANAGER_APPROVAL_REFUSED : AuditAction.SIGN_IN_FAILED;
            if (row.isEmpty()) {
                audit.append(c, approval ? asking : Actor.nobody(), refused, clip(no), reason("unknown_staff_no", permission));
                return SignIn.refused(SignIn.Outcome.UNKNOWN_STAFF);
            }
            Row r = row.get();
            Actor person = approval ? asking : new Actor(r.staff, null);
            if (!r.staff.active()) {
                audit.append(c, person, refused, no, reason("inactive", permission));
                return SignIn.refused(SignIn.Outcome.INACTIVE);
            }
            int failed = r.failedAttempts;
            if (r.lockedUntil.isPresent()) {
                if (now.isBefore(r.lockedUntil.get())) {
                    audit.append(c, person, refused, no, reason("locked", permission));
                    return SignIn.locked(r.lockedUntil.get());
                }
                failed = 0; // the lockout is over: five more tries
            }
            boolean right = pinMatches && r.pinHash.equals(checkedHash);
            if (!right) {
                failed++;
                Map<String, Object> details = reason("wrong_pin", permission);
                details.put("attempt", failed);
                audit.append(c, person, refused, no, details);
                if (failed >= MAX_TRIES) {
                    LocalDateTime until = now.plus(LOCKOUT);
                    setLock(c, no, failed, until);
                    audit.append(c, person, AuditAction.LOCKED_OUT, no, Map.of("until", until.toString(),
                            "wrong_pins", failed));
                    return SignIn.locked(until);
                }
                setLock(c, no, failed, null);
                return SignIn.wrongPin(MAX_TRIES - failed);
            }
            setLock(c, no, 0, null);
            if (approval) {
                if (!r.staff.isManager()) {
                    audit.append(c, asking, refused, no, reason("not_manager", permission));
                    return SignIn.refused(SignIn.Outcome.NOT_MANAGER);
                }
                Actor approved = new Actor(asking.staff().orElse(null), r.staff);
                audit.append(c, approved, AuditAction.MANAGER_APPROVAL, no,
                        Map.of("permission", permission.name()));
                return SignIn.signedIn(approved);
            }
            Actor signedIn = new Actor(r.staff, null);
            audit.append(c, signedIn, AuditAction.SIGN_IN, no, Map.of("role", r.staff.role().name()));
            return SignIn.signedIn(signedIn);
        });
    }

    private static Map<String, Object> reason(String reason, Permission permission) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reason", reason);
        if (permission != null) {
            details.put("permission", permission.name());
        }
        return details;
    }

    private static String clip(String typed) {
        return typed.length() > 20 ? typed.substring(0, 20) + "…" : typed;
    }

    /** The window was locked (idle, or the shortcut): recorded so a session's end is visible. */
    public void recordLock(Actor actor, String why) {
        audit.append(actor, AuditAction.SCREEN_LOCKED, actor.staffNo().orElse(""), Map.of("why", why));
    }

    /** The first manager of a shop, when there is none; they are signed in at once. */
    public Actor createFirstManager(String staffNo, String name, String pin) {
        String no = normalizeNo(staffNo);
        validate(no, name, pin);
        String hash = hasher.hash(pin);
        return store.write(c -> {
            if (hasManager(c)) {
                throw new StaffException("staff.problem.managerExists");
            }
            return insertFirstManager(c, no, name, hash);
        });
    }

    /**
     * Leaving the demo, inside the caller's transaction: every member of staff goes (the demo's
     * PINs are public) and the shop's first manager comes in their place.
     *
     * @return the first manager, signed in
     */
    public Actor replaceAllWithFirstManager(Connection c, String staffNo, String name, String pin) throws SQLException {
        String no = normalizeNo(staffNo);
        validate(no, name, pin);
        deleteAll(c);
        return insertFirstManager(c, no, name, hasher.hash(pin));
    }

    /** The first manager, inserted, recorded and signed in, inside the caller's transaction. */
    private Actor insertFirstManager(Connection c, String no, String name, String pinHash) throws SQLException {
        Staff manager = new Staff(no, name.strip(), Role.MANAGER, true);
        insert(c, manager, pinHash, LocalDateTime.now(clock));
        Actor actor = new Actor(manager, null);
        audit.append(c, actor, AuditAction.STAFF_ADDED, no, Map.of("name", manager.name(), "role", "MANAGER",
                "first_manager", true));
        audit.append(c, actor, AuditAction.SIGN_IN, no, Map.of("role", "MANAGER"));
        return actor;
    }

    /** A manager adds a member of staff. */
    public Staff add(Actor actor, String staffNo, String name, Role role, String pin) {
        actor.require(Permission.EDIT_STAFF);
        String no = normalizeNo(staffNo);
        validate(no, name, pin);
        String hash = hasher.hash(pin);
        return store.write(c -> {
            Staff staff = new Staff(no, name.strip(), role, true);
            insert(c, staff, hash, LocalDateTime.now(clock));
            audit.append(c, actor, AuditAction.STAFF_ADDED, no, Map.of("name", staff.name(), "role", role.name()));
            return staff;
        });
    }

    /** Inserts a member of staff inside the caller's transaction (the demo, and the first manager of a real shop). */
    public static void insert(Connection c, Staff staff, String pinHash, LocalDateTime now) throws SQLException {
        if (find(c, staff.staffNo()).isPresent()) {
            throw new StaffException("staff.problem.taken",
                    staff.staffNo());
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO staff (staff_no, display_name, role, active, pin_hash, "
                + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, staff.staffNo());
            ps.setString(2, staff.name());
            ps.setString(3, staff.role().name());
            ps.setInt(4, staff.active() ? 1 : 0);
            ps.setString(5, pinHash);
            ps.setLong(6, StoredTime.encode(now));
            ps.setLong(7, StoredTime.encode(now));
            ps.executeUpdate();
        }
    }

    public static int count(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM staff")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Removes every member of staff (leaving the demo); inside the caller's transaction. */
    public static void deleteAll(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM staff");
        }
    }

    /** A manager deactivates (or brings back) a member of staff; the last active manager stays. */
    public Staff setActive(Actor actor, String staffNo, boolean active) {
        actor.require(Permission.EDIT_STAFF);
        String no = normalizeNo(staffNo);
        return store.write(c -> {
            Row r = find(c, no).orElseThrow(() -> unknown(no));
            if (r.staff.active() == active) {
                return r.staff;
            }
            if (!active && r.staff.isManager()) {
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT count(*) FROM staff WHERE role = 'MANAGER' AND active = 1 AND staff_no <> ?")) {
                    ps.setString(1, no);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        if (rs.getInt(1) == 0) {
                            throw new StaffException("staff.problem.lastManager", no);
                        }
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE staff SET active = ?, failed_attempts = 0, locked_until = NULL, updated_at = ? WHERE staff_no = ?")) {
                ps.setInt(1, active ? 1 : 0);
                ps.setLong(2, StoredTime.encode(LocalDateTime.now(clock)));
                ps.setString(3, no);
                ps.executeUpdate();
            }
            audit.append(c, actor, active ? AuditAction.STAFF_REACTIVATED : AuditAction.STAFF_DEACTIVATED, no,
                    Map.of("name", r.staff.name()));
            return new Staff(no, r.staff.name(), r.staff.role(), active);
        });
    }

    /** A manager sets a new PIN (a forgotten one, or a lockout to lift now); the PIN itself is never recorded. */
    public void resetPin(Actor actor, String staffNo, String newPin) {
        actor.require(Permission.EDIT_STAFF);
        String no = normalizeNo(staffNo);
        pinProblem(newPin).ifPresent(p -> {
            throw p;
        });
        String hash = hasher.hash(newPin);
        store.write(c -> {
            Row r = find(c, no).orElseThrow(() -> unknown(no));
            try (PreparedStatement ps = c.prepareStatement("UPDATE staff SET pin_hash = ?, failed_attempts = 0, "
                    + "locked_until = NULL, updated_at = ? WHERE staff_no = ?")) {
                ps.setString(1, hash);
                ps.setLong(2, StoredTime.encode(LocalDateTime.now(clock)));
                ps.setString(3, no);
                ps.executeUpdate();
            }
            audit.append(c, actor, AuditAction.PIN_RESET, no, Map.of("name", r.staff.name()));
            return null;
        });
    }

    /** How long the window waits without a key or a click before it locks itself. */
    public Duration idleLock() {
        return store.read(c -> Settings.get(c, IDLE_LOCK)).flatMap(StaffService::seconds).orElse(DEFAULT_IDLE_LOCK);
    }

    public void setIdleLock(Actor actor, Duration idle) {
        actor.require(Permission.CHANGE_SETTINGS);
        if (idle.compareTo(MIN_IDLE_LOCK) < 0 || idle.compareTo(MAX_IDLE_LOCK) > 0) {
            throw new StaffException("staff.problem.idleRange", 1, 480);
        }
        store.write(c -> {
            Settings.put(c, IDLE_LOCK, Long.toString(idle.toSeconds()));
            audit.append(c, actor, AuditAction.SETTINGS_CHANGED, IDLE_LOCK, Map.of("idle_lock_minutes", idle.toMinutes()));
            return null;
        });
    }

    private static Optional<Duration> seconds(String text) {
        try {
            long s = Long.parseLong(text.strip());
            return s > 0 ? Optional.of(Duration.ofSeconds(s)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Checks the details of new staff; throws the first problem. */
    public static void validate(String staffNo, String name, String pin) {
        if (!STAFF_NO.matcher(normalizeNo(staffNo)).matches()) {
            throw new StaffException("staff.problem.staffNo");
        }
        if (name == null || name.isBlank()) {
            throw new StaffException("staff.problem.name");
        }
        int length = name.strip().codePointCount(0, name.strip().length());
        if (length > MAX_NAME) {
            throw new StaffException("staff.problem.nameTooLong", MAX_NAME, length);
        }
        pinProblem(pin).ifPresent(p -> {
            throw p;
        });
    }

    /** What is wrong with a new PIN, if anything: 4 to 8 digits. */
    public static Optional<StaffException> pinProblem(String pin) {
        if (pin == null || !PIN.matcher(pin).matches()) {
            return Optional.of(new StaffException("staff.problem.pin"));
        }
        return Optional.empty();
    }

    private static StaffException unknown(String no) {
        return new StaffException("staff.problem.unknown", no);
    }

    private void setLock(Connection c, String no, int failed, LocalDateTime until) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE staff SET failed_attempts = ?, locked_until = ? WHERE staff_no = ?")) {
            ps.setInt(1, failed);
            if (until == null) {
                ps.setNull(2, java.sql.Types.INTEGER);
            } else {
                ps.setLong(2, StoredTime.encode(until));
            }
            ps.setString(3, no);
            ps.executeUpdate();
        }
    }

    private record Row(Staff staff, String pinHash, int failedAttempts, Optional<LocalDateTime> lockedUntil) {
    }

    private static Optional<Row> find(Connection c, String no) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT staff_no, display_name, role, active, pin_hash, "
                + "failed_attempts, locked_until FROM staff WHERE staff_no = ?")) {
            ps.setString(1, no);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long locked = rs.getLong(7);
                Optional<LocalDateTime> until = rs.wasNull() ? Optional.empty() : Optional.of(StoredTime.decode(locked));
                return Optional.of(new Row(staff(rs), rs.getString(5), rs.getInt(6), until));
            }
        }
    }

    private static Staff staff(ResultSet rs) throws SQLException {
        return new Staff(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)), rs.getInt(4) == 1);
    }
}
