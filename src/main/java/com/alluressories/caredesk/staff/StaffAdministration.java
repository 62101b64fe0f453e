package com.alluressories.caredesk.staff;

import com.alluressories.caredesk.staff.StaffRepository.StaffRecord;
import com.alluressories.caredesk.store.Store;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The staff list a manager keeps: the first manager of a shop, adding staff, deactivating and
 * bringing them back, new PINs. Each change needs a manager's authority and is written to the
 * audit trail in its own transaction; the rules for the details are {@link StaffRules}'.
 */
public final class StaffAdministration {
    private final Store store;
    private final Clock clock;
    private final PinHasher hasher;
    private final AuditLog audit;

    public StaffAdministration(Store store, Clock clock, PinHasher hasher, AuditLog audit) {
        this.store = store;
        this.clock = clock;
        this.hasher = hasher;
        this.audit = audit;
    }

    /** Whether an active manager exists; when none does, the window asks for the first one before anything else. */
    public boolean hasManager() {
        return store.read(StaffRepository::hasActiveManager);
    }

    public List<Staff> list() {
        return store.read(StaffRepository::list);
    }

    public Optional<Staff> find(String staffNo) {
        String no = StaffRules.normalizeNo(staffNo);
        return store.read(c -> StaffRepository.find(c, no).map(StaffRecord::staff));
    }

    /** The first manager of a shop, when there is none; they are signed in at once. */
    public Actor createFirstManager(String staffNo, String name, String pin) {
        String no = StaffRules.normalizeNo(staffNo);
        StaffRules.validate(no, name, pin);
        String hash = hasher.hash(pin);
        return store.write(c -> {
            if (StaffRepository.hasActiveManager(c)) {
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
        String no = StaffRules.normalizeNo(staffNo);
        StaffRules.validate(no, name, pin);
        StaffRepository.deleteAll(c);
        return insertFirstManager(c, no, name, hasher.hash(pin));
    }

    /** The first manager, inserted, recorded and signed in, inside the caller's transaction. */
    private Actor insertFirstManager(Connection c, String no, String name, String pinHash) throws SQLException {
        Staff manager = new Staff(no, name.strip(), Role.MANAGER, true);
        StaffRepository.insert(c, manager, pinHash, LocalDateTime.now(clock));
        Actor actor = new Actor(manager, null);
        audit.append(c, actor, AuditAction.STAFF_ADDED, no, Map.of("name", manager.name(), "role", "MANAGER",
                "first_manager", true));
        audit.append(c, actor, AuditAction.SIGN_IN, no, Map.of("role", "MANAGER"));
        return actor;
    }

    /** A manager adds a member of staff. */
    public Staff add(Actor actor, String staffNo, String name, Role role, String pin) {
        actor.require(Permission.EDIT_STAFF);
        String no = StaffRules.normalizeNo(staffNo);
        StaffRules.validate(no, name, pin);
        String hash = hasher.hash(pin);
        return store.write(c -> {
            Staff staff = new Staff(no, name.strip(), role, true);
            StaffRepository.insert(c, staff, hash, LocalDateTime.now(clock));
            audit.append(c, actor, AuditAction.STAFF_ADDED, no, Map.of("name", staff.name(), "role", role.name()));
            return staff;
        });
    }

    /** A manager deactivates (or brings back) a member of staff; the last active manager stays. */
    public Staff setActive(Actor actor, String staffNo, boolean active) {
        actor.require(Permission.EDIT_STAFF);
        String no = StaffRules.normalizeNo(staffNo);
        return store.write(c -> {
            Staff staff = StaffRepository.find(c, no).orElseThrow(() -> unknown(no)).staff();
            if (staff.active() == active) {
                return staff;
            }
            if (!active && staff.isManager() && StaffRepository.otherActiveManagers(c, no) == 0) {
                throw new StaffException("staff.problem.lastManager", no);
            }
            StaffRepository.setActive(c, no, active, LocalDateTime.now(clock));
            audit.append(c, actor, active ? AuditAction.STAFF_REACTIVATED : AuditAction.STAFF_DEACTIVATED, no,
                    Map.of("name", staff.name()));
            return new Staff(no, staff.name(), staff.role(), active);
        });
    }

    /** A manager sets a new PIN (a forgotten one, or a lockout to lift now); the PIN itself is never recorded. */
    public void resetPin(Actor actor, String staffNo, String newPin) {
        actor.require(Permission.EDIT_STAFF);
        String no = StaffRules.normalizeNo(staffNo);
        StaffRules.pinProblem(newPin).ifPresent(p -> {
            throw p;
        });
        String hash = hasher.hash(newPin);
        store.write(c -> {
            Staff staff = StaffRepository.find(c, no).orElseThrow(() -> unknown(no)).staff();
            StaffRepository.setPinHash(c, no, hash, LocalDateTime.now(clock));
            audit.append(c, actor, AuditAction.PIN_RESET, no, Map.of("name", staff.name()));
            return null;
        });
    }

    private static StaffException unknown(String no) {
        return new StaffException("staff.problem.unknown", no);
    }
}
