package com.alluressories.caredesk.staff;

/** Actors for tests of other features, without a PIN check (which StaffServiceTest covers). */
public final class StaffFixture {
    private StaffFixture() {
    }

    public static Actor staff(String staffNo, String name) {
        return new Actor(new Staff(staffNo, name, Role.STAFF, true), null);
    }

    public static Actor manager(String staffNo, String name) {
        return new Actor(new Staff(staffNo, name, Role.MANAGER, true), null);
    }

    /** {@code who} with a manager's approval on the spot. */
    public static Actor approved(Actor who, String managerNo, String managerName) {
        return new Actor(who.staff().orElseThrow(), new Staff(managerNo, managerName, Role.MANAGER, true));
    }
}
