package com.alluressories.caredesk.staff;

/** An action that needs a manager, tried by someone who is not one and without a manager's approval. */
public final class NotAllowedException extends IllegalStateException {
    private final Permission permission;

    public NotAllowedException(Permission permission, String who) {
        super("Only a manager can do this (" + permission + "): " + who + " is not one, and no manager approved.");
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}
