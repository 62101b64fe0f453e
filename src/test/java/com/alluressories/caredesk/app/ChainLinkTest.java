package com.alluressories.caredesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.alluressories.caredesk.chain.SyncStatus;
import com.alluressories.caredesk.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's link to the chain, on a PC that has not joined. */
class ChainLinkTest {
    @TempDir
    Path dir;

    /**
     * Closing the window does not wait out the pause before the next round (a quarter of a minute
     * while head office does not answer, or on a PC that has not joined), and no round runs after.
     */
    @Test
    void closingDropsTheRoundWaitingForItsTurn() throws Exception {
        try (Store store = Store.open(dir)) {
            CountDownLatch firstRound = new CountDownLatch(1);
            AtomicInteger rounds = new AtomicInteger();
            ChainLink link = new ChainLink(store, Clock.systemUTC());
            link.start((SyncStatus status) -> {
                rounds.incrementAndGet();
                firstRound.countDown();
            });
            assertThat(firstRound.await(30, TimeUnit.SECONDS)).isTrue();
            assertTimeoutPreemptively(Duration.ofSeconds(10), link::close);
            int after = rounds.get();
            Thread.sleep(200);
            assertThat(rounds.get()).isEqualTo(after).isEqualTo(1);
        }
    }
}
