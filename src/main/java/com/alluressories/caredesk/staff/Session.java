package com.alluressories.caredesk.staff;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Who is signed in on this PC right now. The window signs staff in and out; the command line
 * starts with {@link Actor#commandLine()}. Services ask it who acts, so nothing is recorded
 * under a name nobody signed in with.
 */
public final class Session implements Supplier<Actor> {
    private final AtomicReference<Actor> current = new AtomicReference<>();

    public Session() {
    }

    public Session(Actor actor) {
        current.set(actor);
    }

    /** @throws NotSignedInException when nobody is signed in (the window is locked) */
    @Override
    public Actor get() {
        Actor actor = current.get();
        if (actor == null) {
            throw new NotSignedInException();
        }
        return actor;
    }

    public Optional<Actor> current() {
        return Optional.ofNullable(current.get());
    }

    /** Signs in the actor a PIN check gave; an approval never outlives the action it was for. */
    public void signIn(Actor actor) {
        current.set(actor.withoutApproval());
    }

    public void signOut() {
        current.set(null);
    }

    /** Nobody is signed in: the window is locked. */
    public static final class NotSignedInException extends IllegalStateException {
        public NotSignedInException() {
            super("Nobody is signed in: sign in with your staff number and PIN.");
        }
    }
}
