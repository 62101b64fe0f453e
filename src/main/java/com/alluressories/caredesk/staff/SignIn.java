package com.alluressories.caredesk.staff;

import java.time.LocalDateTime;
import java.util.Optional;

/** What a staff number and PIN gave: an actor, or why not. */
public record SignIn(Outcome outcome, Optional<Actor> actor, int triesLeft, Optional<LocalDateTime> lockedUntil) {
    public enum Outcome {
        SIGNED_IN,
        WRONG_PIN,
        LOCKED,
        UNKNOWN_STAFF,
        INACTIVE,
        /** An approval asked of someone who is not a manager. */
        NOT_MANAGER
    }

    public boolean ok() {
        return outcome == Outcome.SIGNED_IN;
    }

    static SignIn signedIn(Actor actor) {
        return new SignIn(Outcome.SIGNED_IN, Optional.of(actor), 0, Optional.empty());
    }

    static SignIn refused(Outcome outcome) {
        return new SignIn(outcome, Optional.empty(), 0, Optional.empty());
    }

    static SignIn wrongPin(int triesLeft) {
        return new SignIn(Outcome.WRONG_PIN, Optional.empty(), triesLeft, Optional.empty());
    }

    static SignIn locked(LocalDateTime until) {
        return new SignIn(Outcome.LOCKED, Optional.empty(), 0, Optional.of(until));
    }
}
