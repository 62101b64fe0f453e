package com.alluressories.caredesk.ui.shell;

import java.time.Duration;

/** The idle lock's countdown, run out by the test when it says so instead of by the clock. */
public final class ManualCountdown implements IdleLock.Countdown {
    private Duration length;
    private boolean running;
    private int restarts;
    private Runnable whenUp = () -> { };

    @Override
    public void setLength(Duration length) {
        this.length = length;
    }

    @Override
    public void restart() {
        running = true;
        restarts++;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public void whenUp(Runnable action) {
        this.whenUp = action;
    }

    /** The whole length has passed with nothing pressed: as the real countdown, only when it is running. */
    public void runOut() {
        if (running) {
            running = false;
            whenUp.run();
        }
    }

    public boolean running() {
        return running;
    }

    public int restarts() {
        return restarts;
    }

    public Duration length() {
        return length;
    }
}
