package com.alluressories.caredesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The idle lock's rules, on a countdown the test runs out itself: no toolkit, no waiting. */
class IdleLockCountdownTest {
    private final ManualCountdown countdown = new ManualCountdown();
    private final AtomicBoolean dialogOpen = new AtomicBoolean();
    private final AtomicInteger locks = new AtomicInteger();
    private IdleLock idle;

    @BeforeEach
    void create() {
        idle = new IdleLock(countdown, Duration.ofMinutes(5), dialogOpen::get, () -> {
            locks.incrementAndGet();
            idle.locked();
        });
    }

    @Test
    void lockedUntilSomeoneSignsInAndNothingCountsDownMeanwhile() {
        assertThat(idle.isLocked()).isTrue();
        assertThat(countdown.length()).isEqualTo(Duration.ofMinutes(5));
        idle.activity();
        assertThat(countdown.running()).isFalse();
        idle.unlocked();
        assertThat(idle.isLocked()).isFalse();
        assertThat(countdown.running()).isTrue();
    }

    @Test
    void theCountdownRunningOutLocksTheWindowAndStopsIt() {
        idle.unlocked();
        countdown.runOut();
        assertThat(locks).hasValue(1);
        assertThat(idle.isLocked()).isTrue();
        assertThat(countdown.running()).isFalse();
        idle.activity();                      // a click on the lock screen does not start it again
        assertThat(countdown.running()).isFalse();
    }

    @Test
    void everyKeyOrClickStartsTheCountdownAgain() {
        idle.unlocked();
        int before = countdown.restarts();
        idle.activity();
        idle.activity();
        assertThat(countdown.restarts()).isEqualTo(before + 2);
        assertThat(locks).hasValue(0);
    }

    @Test
    void anOpenDialogHoldsTheLockOffAndTheCountdownStartsAgain() {
        idle.unlocked();
        dialogOpen.set(true);
        countdown.runOut();
        assertThat(idle.isLocked()).isFalse();
        assertThat(countdown.running()).as("counting again while the dialog is open").isTrue();
        dialogOpen.set(false);
        countdown.runOut();
        assertThat(idle.isLocked()).isTrue();
        assertThat(locks).hasValue(1);
    }

    @Test
    void aNewLengthRestartsARunningCountdownButNotALockedOne() {
        idle.setLength(Duration.ofMinutes(1));
        assertThat(countdown.length()).isEqualTo(Duration.ofMinutes(1));
        assertThat(countdown.running()).isFalse();
        idle.unlocked();
        int before = countdown.restarts();
        idle.setLength(Duration.ofMinutes(2));
        assertThat(countdown.length()).isEqualTo(Duration.ofMinutes(2));
        assertThat(countdown.restarts()).isEqualTo(before + 1);
    }

    @Test
    void lockingByHandStopsTheCountdown() {
        idle.unlocked();
        idle.locked();
        assertThat(countdown.running()).isFalse();
        countdown.runOut();
        assertThat(locks).hasValue(0);
    }
}
