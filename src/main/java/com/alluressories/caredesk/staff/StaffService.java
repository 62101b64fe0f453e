package com.alluressories.caredesk.staff;

import com.alluressories.caredesk.store.Store;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The staff feature as the window and the command line use it, in one place: signing in and a
 * manager's approval ({@link SignInService}), the staff list a manager keeps
 * ({@link StaffAdministration}) and the idle lock ({@link IdleLockSetting}). It holds no rule and
 * no SQL of its own: each call goes to the room whose job it is, which see for the details.
 */
public final class StaffService {
    /** The idle lock until the setting is read. */
    public static final Duration DEFAULT_IDLE_LOCK = IdleLockSetting.DEFAULT;

    private final SignInService signIns;
    private final StaffAdministration admin;
    private final IdleLockSetting idleLock;

    public StaffService(Store store, Clock clock, PinHasher hasher, AuditLog audit) {
        this.signIns = new SignInService(store, clock, hasher, audit);
        this.admin = new StaffAdministration(store, clock, hasher, audit);
        this.idleLock = new IdleLockSetting(store, audit);
    }

    public SignInService signIns() {
        return signIns;
    }

    public StaffAdministration administration() {
        return admin;
    }

    public IdleLockSetting idleLockSetting() {
        return idleLock;
    }

    public SignIn signIn(String staffNo, String pin) {
        return signIns.signIn(staffNo, pin);
    }

    public SignIn approve(Actor current, String managerNo, String pin, Permission permission) {
        return signIns.approve(current, managerNo, pin, permission);
    }

    public void recordLock(Actor actor, String why) {
        signIns.recordLock(actor, why);
    }

    public boolean hasManager() {
        return admin.hasManager();
    }

    public List<Staff> list() {
        return admin.list();
    }

    public Optional<Staff> find(String staffNo) {
        return admin.find(staffNo);
    }

    public Actor createFirstManager(String staffNo, String name, String pin) {
        return admin.createFirstManager(staffNo, name, pin);
    }

    public Actor replaceAllWithFirstManager(Connection c, String staffNo, String name, String pin) throws SQLException {
        return admin.replaceAllWithFirstManager(c, staffNo, name, pin);
    }

    public Staff add(Actor actor, String staffNo, String name, Role role, String pin) {
        return admin.add(actor, staffNo, name, role, pin);
    }

    public Staff setActive(Actor actor, String staffNo, boolean active) {
        return admin.setActive(actor, staffNo, active);
    }

    public void resetPin(Actor actor, String staffNo, String newPin) {
        admin.resetPin(actor, staffNo, newPin);
    }

    public Duration idleLock() {
        return idleLock.get();
    }

    public void setIdleLock(Actor actor, Duration idle) {
        idleLock.set(actor, idle);
    }
}
