package com.alluressories.caredesk.app;

import com.alluressories.caredesk.chain.ChainException;
import com.alluressories.caredesk.chain.NodeSync;
import com.alluressories.caredesk.chain.SyncStatus;
import com.alluressories.caredesk.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
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

    private final Store store;
    private final Clock clock;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "caredesk-chain");
        t.setDaemon(true);
        return t;
    });
    private volatile Optional<NodeSync> node = Optional.empty();
    private volatile boolean closed;

    public ChainLink(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Starts syncing (when joined); {@code status} hears every round, on the chain's thread. */
    public void start(Consumer<SyncStatus> status) {
        worker.schedule(() -> round(status), 0, TimeUnit.MILLISECONDS);
    }

    private void round(Consumer<SyncStatus> status) {
        if (closed) {
            return;
        }
        boolean answered = false;
        try {
            if (node.isEmpty()) {
                node = NodeSync.open(store, clock, false);
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
