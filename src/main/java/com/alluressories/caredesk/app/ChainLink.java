package com.alluressories.caredesk.app;

import com.alluressories.caredesk.chain.ChainException;
import com.alluressories.caredesk.chain.JoinCode;
import com.alluressories.caredesk.chain.JoinProgress;
import com.alluressories.caredesk.chain.Membership;
import com.alluressories.caredesk.chain.NodeSync;
import com.alluressories.caredesk.chain.SyncStatus;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.store.StoredData;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's link to the chain: the sync engine runs inside CareDesk on its own thread (started
 * after the first frame, never on the window's), syncing every couple of seconds while head office
 * answers and retrying every quarter minute while it does not; each round's status goes to the
 * header. A PC that has not joined runs no engine. Nothing here makes a screen wait.
 */
public final class ChainLink implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChainLink.class);
    private static final long ONLINE_PAUSE_MS = 1_500;
    private static final long OFFLINE_PAUSE_MS = 15_000;
    /** How long a join waits for head office to register the PC, then how long its first sync may take. */
    private static final Duration JOIN_WAIT = Duration.ofSeconds(60);
    private static final Duration FIRST_SYNC = Duration.ofMinutes(5);

    private final Store store;
    private final Clock clock;
    private final ScheduledExecutorService worker = worker();
    private volatile Optional<NodeSync> node = Optional.empty();
    private volatile boolean closed;

    /**
     * The chain's own thread. A round waiting for its turn is dropped at close: only a round that is
     * running is waited for, so closing the window does not wait out a quarter-minute pause.
     */
    private static ScheduledExecutorService worker() {
        java.util.concurrent.ScheduledThreadPoolExecutor executor = new java.util.concurrent.ScheduledThreadPoolExecutor(1,
                r -> {
                    Thread t = new Thread(r, "caredesk-chain");
                    t.setDaemon(true);
                    return t;
                });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
        return executor;
    }

    public ChainLink(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** What is derived again from rows that arrive from the chain: every feature's. */
    private static final List<StoredData> DERIVED = Services.STORED_DATA;

    /** Starts syncing (when joined); {@code status} hears every round, on the chain's thread. */
    public void start(Consumer<SyncStatus> status) {
        worker.schedule(() -> round(status), 0, TimeUnit.MILLISECONDS);
    }

    /**
     * Joins the chain from the window, on the chain's own thread so no round runs meanwhile; the
     * next round picks the joined PC up. Blocks the caller (never the window's thread) until done.
     */
    public SyncStatus join(boolean demoStore, String hubUrl, JoinCode code, JoinProgress progress)
            throws InterruptedException {
        try {
            return worker.submit(() -> joinNow(store, clock, demoStore, hubUrl, code, progress)).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Joins the chain at {@code hubUrl} with {@code code}, syncs once (what the PC holds goes up, the
     * chain's data comes down) and lets the engine go; the status after. Once joined the PC stays
     * joined: a first sync that does not finish carries on in the rounds that follow.
     */
    public static SyncStatus joinNow(Store store, Clock clock, boolean demoStore, String hubUrl, JoinCode code,
                                     JoinProgress progress) {
        boolean synced = false;
        try (NodeSync node = NodeSync.join(store, demoStore, hubUrl, code, clock, JOIN_WAIT, DERIVED)) {
            node.onReceiptsProgress(progress);
            node.syncOnce(FIRST_SYNC);
            synced = true;
        } catch (ChainException e) {
            if (Membership.of(store).isEmpty()) {
                throw e;
            }
            LOG.info("Joined the chain; the first sync did not finish: {}", e.getMessage());
        }
        return SyncStatus.of(store, synced);
    }

    private void round(Consumer<SyncStatus> status) {
        if (closed) {
            return;
        }
        boolean answered = false;
        try {
            if (node.isEmpty()) {
                node = NodeSync.open(store, clock, false, DERIVED);
            }
            if (node.isPresent()) {
                node.get().syncOnce(Duration.ofMinutes(2));
                answered = true;
            }
        } catch (ChainException e) {
            LOG.info("Sync round: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Sync round failed", e);
        }
        try {
            status.accept(SyncStatus.of(store, answered));
        } catch (RuntimeException e) {
            LOG.warn("Cannot read the sync status: {}", e.getMessage());
        }
        if (!closed) {
            worker.schedule(() -> round(status), answered ? ONLINE_PAUSE_MS : OFFLINE_PAUSE_MS, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() {
        closed = true;
        worker.shutdown();
        try {
            if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        node.ifPresent(NodeSync::close);
    }
}
