package com.alluressories.caredesk.staff;

import java.util.Objects;
import java.util.Optional;

/**
 * Who does something: a signed-in member of staff, with a manager who approved on the spot when
 * the action needs a manager's authority, or the command line (run by whoever looks after the
 * shop's PC). Only {@link SignInService} makes one for a person, after checking their PIN (and
 * {@link StaffAdministration} for a shop's first manager, who has just chosen theirs), so
 * holding an actor is proof of who signed in and who approved.
 */
public final class Actor {
    private static final Actor COMMAND_LINE = new Actor(null, null, "command line");
    private static final Actor NOBODY = new Actor(null, null, "not signed in");
    private static final Actor APP = new Actor(null, null, "CareDesk");

    private final Staff staff;
    private final Staff approver;
    private final String label;

    Actor(Staff staff, Staff approver) {
        this(staff, approver, null);
    }

    private Actor(Staff staff, Staff approver, String label) {
        this.staff = staff;
        this.approver = approver;
        this.label = label;
    }

    /** The command line: recorded as such, with no manager's authority. */
    public static Actor commandLine() {
        return COMMAND_LINE;
    }

    /** The app itself, with nobody signed in: the automatic backup, a restore offered at start. */
    public static Actor app() {
        return APP;
    }

    /** Someone at a locked window whose staff number matched nobody. */
    static Actor nobody() {
        return NOBODY;
    }

    /** The person; empty for the command line. */
    public Optional<Staff> staff() {
        return Optional.ofNullable(staff);
    }

    public Optional<String> staffNo() {
        return staff().map(Staff::staffNo);
    }

    /** The name records keep: "Ken Wong (2001)", or "command line". */
    public String label() {
        return staff == null ? label : staff.label();
    }

    /** The manager who approved on the spot, when one did. */
    public Optional<Staff> approver() {
        return Optional.ofNullable(approver);
    }

    /** The manager whose authority this actor carries: the signed-in manager, or the one who approved. */
    public Optional<Staff> manager() {
        if (staff != null && staff.isManager()) {
            return Optional.of(staff);
        }
        return approver();
    }

    public boolean holds(Permission permission) {
        return manager().map(m -> m.role().allows(permission)).orElse(false);
    }

    /** @throws NotAllowedException when neither the actor nor an approving manager may do this */
    public void require(Permission permission) {
        if (!holds(permission)) {
            throw new NotAllowedException(permission, label());
        }
    }

    /** The same person without the approval: an approval counts for one action only. */
    public Actor withoutApproval() {
        return approver == null ? this : new Actor(staff, null, label);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Actor a && Objects.equals(staff, a.staff) && Objects.equals(approver, a.approver)
                && Objects.equals(label, a.label);
    }

    @Override
    public int hashCode() {
        return Objects.hash(staff, approver, label);
    }

    @Override
    public String toString() {
        return approver == null ? label() : label() + ", approved by " + approver.label();
    }
}
