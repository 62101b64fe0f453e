package com.alluressories.caredesk.ui;

import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.Permission;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The door of a managers-only screen: open at once to a signed-in manager, or for one visit once a
 * manager approves on the spot; closed again when the window locks. While open it holds the actor
 * (with both names when approved) that every action on the screen is recorded under.
 */
public final class ManagerGate {
    private final Permission permission;
    private final ManagerApproval approval;
    private final Runnable opened;
    private final Runnable closed;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private Actor manager;

    /**
     * @param opened what the screen loads once the door opens
     * @param closed what it forgets when the door closes
     */
    public ManagerGate(Permission permission, ManagerApproval approval, Runnable opened, Runnable closed) {
        this.permission = permission;
        this.approval = approval;
        this.opened = opened;
        this.closed = closed;
    }

    /** Someone signed in: a manager walks straight in. */
    public void signedIn(Actor actor) {
        close();
        if (actor.holds(permission)) {
            openFor(actor);
        }
    }

    /** A member of staff asks a manager to open the screen for this visit. */
    public void askManager() {
        approval.request(permission, this::openFor);
    }

    /** The window locked (or someone else signed in): the screen shuts and forgets what it showed. */
    public void close() {
        manager = null;
        open.set(false);
        closed.run();
    }

    private void openFor(Actor actor) {
        manager = actor;
        open.set(true);
        opened.run();
    }

    /** Who acts on the screen while it is open. */
    public Optional<Actor> manager() {
        return Optional.ofNullable(manager);
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }
}
