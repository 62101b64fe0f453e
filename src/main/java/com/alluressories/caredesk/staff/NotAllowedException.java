package com.alluressories.caredesk.staff;

/** An action that needs a manager, tried by someone who is not one and without a manager's approval. */
public final class NotAllowedException extends IllegalStateException {
    private final Permission permission;

    /** @param who not part of the message: messages reach logs, names of staff do not */
    public NotAllowedException(Permission permission, String who) {
        super("Only a manager can do this (" + permission + "), and no manager approved it.");
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}
