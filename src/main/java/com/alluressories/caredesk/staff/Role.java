package com.alluressories.caredesk.staff;

/** What a staff member may do: counter work, or counter work and the brand's final word. */
public enum Role {
    STAFF,
    MANAGER;

    public boolean allows(Permission permission) {
        return this == MANAGER;
    }
}
