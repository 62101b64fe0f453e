package com.alluressories.caredesk.staff;

import com.alluressories.caredesk.text.Refusal;

/** An action that needs a manager, tried by someone who is not one and without a manager's approval. */
public final class NotAllowedException extends Refusal {
    private final transient Permission permission;

    /** @param who not part of the words: messages reach logs, names of staff do not */
    public NotAllowedException(Permission permission, String who) {
        super("error.notAllowed", permission.name());
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}
