package com.alluressories.caredesk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The lockout's arithmetic, without a store or a clock. */
class LockoutTest {
    private static final LocalDateTime NINE = LocalDateTime.of(2026, 11, 27, 9, 0);

    @Test
    void fourWrongPinsCountDownAndTheFifthLocksForFiveMinutes() {
        Lockout lockout = Lockout.NONE;
        for (int left = 4; left >= 1; left--) {
            lockout = lockout.afterWrongPin(NINE);
            assertThat(lockout.triesLeft()).isEqualTo(left);
            assertThat(lockout.lockedAt(NINE)).isFalse();
        }
        lockout = lockout.afterWrongPin(NINE.plusSeconds(30));
        assertThat(lockout.failedAttempts()).isEqualTo(5);
        assertThat(lockout.lockedUntil()).contains(NINE.plusMinutes(5).plusSeconds(30));
        assertThat(lockout.triesLeft()).isZero();
    }

    @Test
    void theLockHoldsUpToItsEndAndThenGivesFiveFreshTries() {
        Lockout locked = new Lockout(5, java.util.Optional.of(NINE.plusMinutes(5)));
        assertThat(locked.lockedAt(NINE)).isTrue();
        assertThat(locked.lockedAt(NINE.plusMinutes(5).minusSeconds(1))).isTrue();
        assertThat(locked.lockedAt(NINE.plusMinutes(5))).isFalse();
        assertThat(locked.asOf(NINE.plusMinutes(4))).isEqualTo(locked);
        assertThat(locked.asOf(NINE.plusMinutes(5))).isEqualTo(Lockout.NONE);
        // The first wrong PIN after the lock is the first of five again, not the sixth.
        Lockout after = locked.afterWrongPin(NINE.plusMinutes(6));
        assertThat(after.failedAttempts()).isEqualTo(1);
        assertThat(after.triesLeft()).isEqualTo(4);
        assertThat(after.lockedUntil()).isEmpty();
    }

    @Test
    void wrongPinsBeforeALockAreKeptAsTheyAre() {
        Lockout three = new Lockout(3, java.util.Optional.empty());
        assertThat(three.asOf(NINE.plusDays(1))).isEqualTo(three);
        assertThat(three.afterWrongPin(NINE).failedAttempts()).isEqualTo(4);
    }
}
