package com.alluressories.caredesk.ui;

import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.Permission;
import java.util.function.Consumer;

/**
 * A manager's authority for one action. A signed-in manager has it already; otherwise a manager
 * approves on the spot with their own staff number and PIN. View models ask through this, so
 * they are tested without a dialog.
 */
@FunctionalInterface
public interface ManagerApproval {
    /**
     * Calls {@code approved} with the actor to record (the signed-in person, carrying the manager's
     * authority) once there is one; does nothing when the approval is cancelled.
     */
    void request(Permission permission, Consumer<Actor> approved);
}
