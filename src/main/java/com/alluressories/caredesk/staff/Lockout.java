package com.alluressories.caredesk.staff;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A staff number's wrong PINs in a row and how long it is locked: five wrong PINs lock it for five
 * minutes; a locked number is refused without its PIN being checked; once the lock is over it has
 * five tries again. Pure arithmetic: the store keeps the state, {@link SignInService} acts on it.
 */
public record Lockout(int failedAttempts, Optional<LocalDateTime> lockedUntil) {
    public static final int MAX_TRIES = 5;
    public static final Duration DURATION = Duration.ofMinutes(5);
    /** No wrong PIN yet, not locked. */
    public static final Lockout NONE = new Lockout(0, Optional.empty());

    public Lockout {
        Objects.requireNonNull(lockedUntil);
        if (failedAttempts < 0) {
            throw new IllegalArgumentException("failedAttempts < 0: " + failedAttempts);
        }
    }

    /** Whether the number is locked at {@code now}: the lock holds up to, not including, its end. */
    public boolean lockedAt(LocalDateTime now) {
        return lockedUntil.isPresent() && now.isBefore(lockedUntil.get());
    }

    /** The count to go on from at {@code now}: a lock that is over leaves five fresh tries. */
    public Lockout asOf(LocalDateTime now) {
        return lockedUntil.isPresent() && !lockedAt(now) ? NONE : this;
    }

    /** After one more wrong PIN at {@code now}: the fifth in a row locks the number until five minutes on. */
    public Lockout afterWrongPin(LocalDateTime now) {
        int failed = asOf(now).failedAttempts + 1;
        return new Lockout(failed, failed >= MAX_TRIES ? Optional.of(now.plus(DURATION)) : Optional.empty());
    }

    /** Wrong PINs still allowed before the lock. */
    public int triesLeft() {
        return Math.max(0, MAX_TRIES - failedAttempts);
    }
}
