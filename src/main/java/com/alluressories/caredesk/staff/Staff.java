package com.alluressories.caredesk.staff;

/** A member of staff as the store knows them; never their PIN or its hash. */
public record Staff(String staffNo, String name, Role role, boolean active) {
    /** How records name them: "Mandy Chan (1001)". */
    public String label() {
        return name + " (" + staffNo + ")";
    }

    public boolean isManager() {
        return role == Role.MANAGER;
    }
}
