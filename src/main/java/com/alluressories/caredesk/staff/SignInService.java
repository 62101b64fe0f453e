package com.alluressories.caredesk.staff;

import com.alluressories.caredesk.staff.StaffRepository.StaffRecord;
import com.alluressories.caredesk.store.Store;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Checking a staff number and PIN: signing in, and a manager's approval on the spot, both under
 * the lockout ({@link Lockout}). Every sign-in and refusal is written to the audit trail in the
 * same transaction as the lockout it changes.
 */
public final class SignInService {
    private final Store store;
    private final Clock clock;
    private final PinHasher hasher;
    private final AuditLog audit;

    public SignInService(Store store, Clock clock, PinHasher hasher, AuditLog audit) {
        this.store = store;
        this.clock = clock;
        this.hasher = hasher;
        this.audit = audit;
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

    /** The window was locked (idle, or the shortcut): recorded so a session's end is visible. */
    public void recordLock(Actor actor, String why) {
        audit.append(actor, AuditAction.SCREEN_LOCKED, actor.staffNo().orElse(""), Map.of("why", why));
    }

    private SignIn check(String staffNo, String pin, Actor asking, Permission permission) {
        String no = StaffRules.normalizeNo(staffNo);
        boolean approval = asking != null;
        // The slow hash check runs outside the write lock; the transaction re-reads the row and only
        // trusts the check if the hash is still the one checked.
        String checkedHash = store.read(c -> StaffRepository.find(c, no)).map(StaffRecord::pinHash).orElse(null);
        boolean pinMatches = checkedHash != null && StaffRules.isPinShaped(pin) && hasher.verify(pin, checkedHash);
        return store.write(c -> {
            LocalDateTime now = LocalDateTime.now(clock);
            Optional<StaffRecord> row = StaffRepository.find(c, no);
            AuditAction refused = approval ? AuditAction.MANAGER_APPROVAL_REFUSED : AuditAction.SIGN_IN_FAILED;
            if (row.isEmpty()) {
                audit.append(c, approval ? asking : Actor.nobody(), refused, clip(no),
                        reason("unknown_staff_no", permission));
                return SignIn.refused(SignIn.Outcome.UNKNOWN_STAFF);
            }
            StaffRecord r = row.get();
            Actor person = approval ? asking : new Actor(r.staff(), null);
            if (!r.staff().active()) {
                audit.append(c, person, refused, no, reason("inactive", permission));
                return SignIn.refused(SignIn.Outcome.INACTIVE);
            }
            if (r.lockout().lockedAt(now)) {
                audit.append(c, person, refused, no, reason("locked", permission));
                return SignIn.locked(r.lockout().lockedUntil().orElseThrow());
            }
            if (!pinMatches || !r.pinHash().equals(checkedHash)) {
                Lockout after = r.lockout().afterWrongPin(now);
                StaffRepository.setLockout(c, no, after);
                Map<String, Object> details = reason("wrong_pin", permission);
                details.put("attempt", after.failedAttempts());
                audit.append(c, person, refused, no, details);
                if (after.lockedAt(now)) {
                    LocalDateTime until = after.lockedUntil().orElseThrow();
                    audit.append(c, person, AuditAction.LOCKED_OUT, no, Map.of("until", until.toString(),
                            "wrong_pins", after.failedAttempts()));
                    return SignIn.locked(until);
                }
                return SignIn.wrongPin(after.triesLeft());
            }
            StaffRepository.setLockout(c, no, Lockout.NONE);
            if (approval) {
                if (!r.staff().isManager()) {
                    audit.append(c, asking, refused, no, reason("not_manager", permission));
                    return SignIn.refused(SignIn.Outcome.NOT_MANAGER);
                }
                Actor approved = new Actor(asking.staff().orElse(null), r.staff());
                audit.append(c, approved, AuditAction.MANAGER_APPROVAL, no, Map.of("permission", permission.name()));
                return SignIn.signedIn(approved);
            }
            Actor signedIn = new Actor(r.staff(), null);
            audit.append(c, signedIn, AuditAction.SIGN_IN, no, Map.of("role", r.staff().role().name()));
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

    /** What was typed as a staff number that matches nobody, kept short in the audit trail. */
    private static String clip(String typed) {
        return typed.length() > 20 ? typed.substring(0, 20) + "…" : typed;
    }
}
