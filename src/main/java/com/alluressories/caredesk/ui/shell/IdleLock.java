package com.alluressories.caredesk.ui.shell;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * When the window locks itself: a countdown restarted by every key or click while someone is signed
 * in; when it runs out the window locks, unless a dialog is still open (work in hand, such as a
 * ticket being opened for a saved claim), in which case the countdown starts again and the lock
 * waits for it. The countdown is a {@link Countdown}, so a test can run it out at once.
 */
public final class IdleLock {
    /** The clock behind the lock: restarts from its full length, stops, and says when it has run out. */
    public interface Countdown {
        void setLength(Duration length);

        /** Starts again from the full length (also when called while telling that the time is up). */
        void restart();

        void stop();

        void whenUp(Runnable action);
    }

    private final Countdown countdown;
    private final BooleanSupplier workInHand;
    private final Runnable lockNow;
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(true);

    /**
     * @param workInHand true while something (an open dialog) must not be cut off by the lock
     * @param lockNow    what locking does (the window signs the person out); {@link #locked()} follows
     */
    public IdleLock(Countdown countdown, Duration length, BooleanSupplier workInHand, Runnable lockNow) {
        this.countdown = countdown;
        this.workInHand = workInHand;
        this.lockNow = lockNow;
        countdown.setLength(length);
        countdown.whenUp(this::timeUp);
    }

    /** True while the lock screen is up (also before the first sign-in). */
    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    public boolean isLocked() {
        return locked.get();
    }

    /** Someone signed in: the countdown starts. */
    public void unlocked() {
        locked.set(false);
        countdown.restart();
    }

    /** The window is locked (idle, or by hand): nothing counts down until the next sign-in. */
    public void locked() {
        countdown.stop();
        locked.set(true);
    }

    /** A key or a click: while signed in, the countdown starts again. */
    public void activity() {
        if (!locked.get()) {
            countdown.restart();
        }
    }

    /** The shop's idle-lock setting changed: a running countdown starts again with the new length. */
    public void setLength(Duration length) {
        countdown.setLength(length);
        if (!locked.get()) {
            countdown.restart();
        }
    }

    private void timeUp() {
        if (locked.get()) {
            return;
        }
        if (workInHand.getAsBoolean()) {
            countdown.restart();
        } else {
            lockNow.run();
        }
    }
}
