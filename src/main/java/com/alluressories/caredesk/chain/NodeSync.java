package com.alluressories.caredesk.chain;

import com.alluressories.caredesk.store.Settings;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.store.StoredData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.jumpmind.symmetric.ClientSymmetricEngine;
import org.jumpmind.symmetric.ext.INodeRegistrationListener;
import org.jumpmind.symmetric.io.data.DataContext;
import org.jumpmind.symmetric.io.data.writer.DatabaseWriterFilterAdapter;
import org.jumpmind.symmetric.model.NodeSecurity;
import org.jumpmind.symmetric.model.RemoteNodeStatuses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This PC's side of the chain: the SymmetricDS engine inside CareDesk, on the PC's own store.
 * It joins with a one-time code, then pushes what was done here and pulls what was done elsewhere.
 * With no network the PC works as before; its changes wait and go, in order, when the hub is back.
 */
public final class NodeSync implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NodeSync.class);
    /** Longer than the hub's routing period, so a quiet pull means the hub had nothing routed for us. */
    private static final long QUIET_PAUSE_MS = 800;
    /** The hub's node id in SymmetricDS (its external id). */
    static final String HUB_NODE_ID = "HUB";

    private final Store store;
    private final Clock clock;
    private final Membership membership;
    private final ClientSymmetricEngine engine;

    /**
     * Joins without anything derived from the rows that arrive (for tests of the chain's plumbing);
     * see {@link #join(Store, boolean, String, JoinCode, Clock, Duration, List)}.
     */
    static NodeSync join(Store store, boolean demoStore, String hubUrl, JoinCode code, Clock clock, Duration wait) {
        return join(store, demoStore, hubUrl, code, clock, wait, List.of());
    }

    private final DeriveAfterLoad derive;
    private volatile JoinProgress receiptsProgress = JoinProgress.NONE;

    private NodeSync(Store store, Clock clock, Membership membership, ClientSymmetricEngine engine,
                     DeriveAfterLoad derive) {
        this.store = store;
        this.clock = clock;
        this.membership = membership;
        this.engine = engine;
        this.derive = derive;
    }

    /**
     * Joins the chain at {@code hubUrl} with a code from {@code hub-register}; the node's code is
     * the one registered. A demo store joins only a demo hub and a real store only a real one.
     * What the PC already holds stays and goes up to the hub.
     */
    public static NodeSync join(Store store, boolean demoStore, String hubUrl, JoinCode code, Clock clock,
                                Duration wait, List<StoredData> derived) {
        if (code.demo() != demoStore) {
            throw new ChainException(demoStore ? "chain.join.demoStore" : "chain.join.demoHub");
        }
        Optional<Membership> existing = Membership.of(store);
        if (existing.isPresent() && !existing.get().nodeCode().equals(code.nodeCode())) {
            throw new ChainException("chain.join.already", existing.get().nodeCode(), existing.get().hubUrl());
        }
        Membership membership = new Membership(hubUrl.strip(), code.nodeCode());
        AtomicReference<String> failure = new AtomicReference<>();
        ClientSymmetricEngine engine = new ClientSymmetricEngine(properties(store, membership, false), true);
        engine.getExtensionService().addExtensionPoint(new Credentials(code, failure));
        DeriveAfterLoad derive = new DeriveAfterLoad(store, derived);
        engine.getExtensionService().addExtensionPoint(derive);
        boolean registered = false;
        try {
            if (!engine.start(false)) {
                throw new ChainException("chain.join.unreachable", hubUrl, "the engine did not start");
            }
            Instant deadline = clock.instant().plus(wait);
            while (!(registered = engine.isRegistered()) && clock.instant().isBefore(deadline)) {
                engine.getRegistrationService().registerWithServer();
                if (!engine.isRegistered()) {
                    sleep(500);
                }
            }
        } catch (RuntimeException e) {
            failure.compareAndSet(null, Hub.rootMessage(e));
        }
        if (!registered) {
            engine.stop();
            engine.destroy();
            String why = failure.get() == null ? "" : failure.get();
            if (why.contains("not authorized") || why.contains("Registration is not open")) {
                throw new ChainException("chain.join.refused", code.nodeCode());
            }
            throw new ChainException("chain.join.unreachable", hubUrl, why);
        }
        membership.save(store);
        store.write(c -> {
            Settings.put(c, Membership.RECEIPTS_DUE, "yes");
            return null;
        });
        // What this PC held before joining goes up to the hub, and on from there to every node;
        // what arrives from the chain after this moment does not go back.
        for (ChainConfig.Shared shared : ChainConfig.SHARED) {
            if (shared.fromNodes()) {
                store.write(c -> PreJoinRows.keep(c, shared.table())).ifPresent(rows ->
                        engine.getDataService().reloadTable(HUB_NODE_ID, null, null, shared.table(), rows));
            }
        }
        LOG.info("Joined the chain at {} as {}", hubUrl, code.nodeCode());
        return new NodeSync(store, clock, membership, engine, derive);
    }

    /**
     * The engine of a PC that has joined; empty when it works alone. {@code derived} derive again
     * what depends on rows that arrive (tickets from their events).
     */
    public static Optional<NodeSync> open(Store store, Clock clock, boolean jobs, List<StoredData> derived) {
        return Membership.of(store).map(m -> {
            ClientSymmetricEngine engine = new ClientSymmetricEngine(properties(store, m, jobs), true);
            DeriveAfterLoad derive = new DeriveAfterLoad(store, derived);
            engine.getExtensionService().addExtensionPoint(derive);
            if (!engine.start(jobs)) {
                engine.destroy();
                throw new ChainException("chain.sync.unreachable", m.hubUrl());
            }
            NodeSync node = new NodeSync(store, clock, m, engine, derive);
            if (jobs) {
                try {
                    node.receiveDueReceipts();
                } catch (RuntimeException e) {
                    node.close();
                    throw e;
                }
            }
            return node;
        });
    }

    static Properties properties(Store store, Membership m, boolean jobs) {
        Path dataDir = store.dataDir();
        Properties p = new Properties();
        p.setProperty("engine.name", m.engineName());
        p.setProperty("group.id", ChainConfig.NODE_GROUP);
        p.setProperty("external.id", m.nodeCode());
        p.setProperty("db.driver", "org.sqlite.JDBC");
        p.setProperty("db.url", "jdbc:sqlite:" + store.file());
        // Every connection waits for the store's write lock rather than failing at once.
        p.setProperty("db.init.sql", "PRAGMA busy_timeout = 10000");
        p.setProperty("db.user", "");
        p.setProperty("db.password", "");
        p.setProperty("registration.url", m.hubUrl());
        // SymmetricDS wants a node's own URL to end in its engine name; the hub never calls it (nodes pull).
        int sync = m.hubUrl().lastIndexOf("/sync/");
        p.setProperty("sync.url", (sync < 0 ? m.hubUrl() : m.hubUrl().substring(0, sync)) + "/sync/" + m.engineName());
        p.setProperty("registration.number.of.attempts", "1");
        // A network that has gone quiet is noticed in seconds, not minutes.
        p.setProperty("http.timeout.ms", "15000");
        p.setProperty("http.connect.timeout.ms", "5000");
        p.setProperty("staging.dir", dataDir.resolve("chain").resolve("staging").toString());
        p.setProperty("jobs.synchronized.enable", "true");
        p.setProperty("sync.triggers.thread.count.per.server", "1");
        p.setProperty("auto.sync.triggers.at.startup", "true");
        p.setProperty("initial.load.use.extract.job.enabled", "false");
        p.setProperty("start.route.job", Boolean.toString(jobs));
        p.setProperty("start.push.job", Boolean.toString(jobs));
        p.setProperty("start.pull.job", Boolean.toString(jobs));
        p.setProperty("start.heartbeat.job", Boolean.toString(jobs));
        p.setProperty("job.routing.period.time.ms", "1000");
        p.setProperty("job.push.period.time.ms", "2000");
        p.setProperty("job.pull.period.time.ms", "2000");
        p.setProperty("purge.retention.minutes", Integer.toString(60 * 24 * 14));
        return p;
    }

    /**
     * Pushes and pulls until nothing is pending for this node on either side — including changes
     * the hub has received from other nodes but not routed yet — or the time is up.
     */
    public void syncOnce(Duration max) {
        checkClock();
        derive.batchCommitted(null); // anything a batch brought just before the PC stopped
        receiveDueReceipts();
        Instant deadline = clock.instant().plus(max);
        int quiet = 0;
        boolean contact = false;
        boolean mayPush = false;
        while (quiet < 2) {
            if (clock.instant().isAfter(deadline)) {
                throw recordFailure(new ChainException("chain.sync.timeout", max.toSeconds()));
            }
            engine.route();
            // Pull first: it brings the hub's word on which store schema it knows before anything is sent.
            mayPush = mayPush || contact && hubKnowsOurSchema();
            RemoteNodeStatuses pushed = mayPush ? engine.push() : new RemoteNodeStatuses(java.util.Map.of());
            RemoteNodeStatuses pulled = engine.pull();
            if (pushed.errorOccurred() || pulled.errorOccurred()) {
                String status = describe(pushed) + " " + describe(pulled);
                if (status.contains("NOT_AUTHORIZED") || status.contains("SYNC_DISABLED")) {
                    throw recordFailure(new ChainException("chain.sync.disabled", membership.nodeCode()));
                }
                if (!contact && (status.contains("OFFLINE") || status.contains("UNKNOWN_ERROR"))) {
                    throw recordFailure(new ChainException("chain.sync.unreachable", membership.hubUrl()));
                }
                quiet = 0;
                sleep(QUIET_PAUSE_MS);
                continue;
            }
            contact = true;
            // A node that has just joined is not quiet until the hub's initial load has arrived whole.
            boolean moved = pushed.wasDataProcessed() || pulled.wasDataProcessed()
                    || pushed.wasBatchProcessed() || pulled.wasBatchProcessed()
                    || !engine.getNodeService().isDataLoadCompleted();
            quiet = moved || !mayPush && hubKnowsOurSchema() ? 0 : quiet + 1;
            if (!moved) {
                sleep(QUIET_PAUSE_MS);
            }
        }
        if (!mayPush) {
            throw recordFailure(new ChainException("chain.sync.hubOlder", hubSchema().orElse(0), Store.SCHEMA_VERSION));
        }
        if (store.read(PreJoinRows::any) && engine.getOutgoingBatchService().countOutgoingBatchesUnsent() == 0) {
            store.write(c -> {
                PreJoinRows.forget(c);
                return null;
            });
        }
        recordSuccess();
    }

    /**
     * A PC that has just joined receives the chain's sales history as one stream before anything
     * else (then never again); until it has arrived whole, every sync asks for it first.
     */
    private void receiveDueReceipts() {
        boolean due = store.read(c -> Settings.get(c, Membership.RECEIPTS_DUE).isPresent());
        if (!due) {
            return;
        }
        String nodeId = engine.getNodeService().findIdentityNodeId();
        NodeSecurity security = engine.getNodeService().findNodeSecurity(nodeId);
        if (security == null) {
            throw recordFailure(new ChainException("chain.receipts.failed", membership.hubUrl(), "not registered"));
        }
        long started = System.nanoTime();
        try {
            HttpURLConnection http = (HttpURLConnection) URI.create(membership.hubUrl() + "/" + ReceiptSnapshot.PATH
                    + "?nodeId=" + URLEncoder.encode(nodeId, StandardCharsets.UTF_8)).toURL().openConnection();
            http.setConnectTimeout(5_000);
            http.setReadTimeout(120_000);
            http.setRequestProperty("Security-Token", security.getNodePassword());
            try {
                int code = http.getResponseCode();
                if (code == HttpURLConnection.HTTP_NOT_FOUND) {
                    // A hub from before the stream sends the receipts in its initial load.
                    LOG.info("The hub does not send receipts as one stream; they come with the initial load");
                    store.write(c -> {
                        Settings.remove(c, Membership.RECEIPTS_DUE);
                        return null;
                    });
                    return;
                }
                if (code == DISABLED || code == FORBIDDEN) {
                    throw recordFailure(new ChainException("chain.sync.disabled", membership.nodeCode()));
                }
                if (code != HttpURLConnection.HTTP_OK) {
                    throw new IOException("the hub answered " + code);
                }
                try (InputStream in = http.getInputStream()) {
                    long inserted = store.write(c -> {
                        try {
                            long n = ReceiptSnapshot.read(in, c, (seen, total) -> {
                                LOG.info("Receiving the chain's sales history: {} of {} rows", seen, total);
                                receiptsProgress.received(seen, total);
                            });
                            Settings.remove(c, Membership.RECEIPTS_DUE);
                            return n;
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                    LOG.info("Received the chain's receipts: {} new rows in {} ms", inserted,
                            (System.nanoTime() - started) / 1_000_000);
                }
            } finally {
                http.disconnect();
            }
        } catch (IOException | UncheckedIOException e) {
            String why = e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
            LOG.warn("Could not receive the chain's receipts from {}: {}", membership.hubUrl(), why);
            throw recordFailure(new ChainException("chain.receipts.failed", membership.hubUrl(), why));
        }
    }

    /** SymmetricDS's answers to a node that is disabled or whose secret is wrong. */
    private static final int DISABLED = 658;
    private static final int FORBIDDEN = 659;

    /** The hub knows this PC's store schema (or has not said yet, as an older hub would not): safe to send. */
    private boolean hubKnowsOurSchema() {
        return hubSchema().map(v -> v >= Store.SCHEMA_VERSION).orElse(true);
    }

    private Optional<Integer> hubSchema() {
        return store.read(c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement(
                    "SELECT setting_value FROM chain_setting WHERE setting_key = 'node_schema'");
                 java.sql.ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(Integer.parseInt(rs.getString("setting_value"))) : Optional.<Integer>empty();
            }
        });
    }

    /** Compares this PC's clock with the hub's (the Date its web server answers with) and keeps the difference. */
    private void checkClock() {
        SyncStatus.hubTime(membership.hubUrl(), Duration.ofSeconds(5)).ifPresent(hub -> {
            long seconds = Duration.between(hub, clock.instant()).toSeconds();
            store.write(c -> {
                Settings.put(c, Membership.CLOCK_SKEW, Long.toString(seconds));
                return null;
            });
        });
    }

    private static String describe(RemoteNodeStatuses statuses) {
        StringBuilder b = new StringBuilder();
        statuses.forEach(s -> b.append(s.getStatus()).append(' '));
        return b.toString();
    }

    private void recordSuccess() {
        store.write(c -> {
            Settings.put(c, Membership.LAST_SYNC, clock.instant().toString());
            Settings.remove(c, Membership.LAST_ERROR);
            return null;
        });
    }

    private ChainException recordFailure(ChainException e) {
        store.write(c -> {
            Settings.put(c, Membership.LAST_ERROR, e.getMessage());
            return null;
        });
        return e;
    }

    /** Hears how far the chain's sales history has arrived, when this PC has just joined. */
    public void onReceiptsProgress(JoinProgress progress) {
        receiptsProgress = progress;
    }

    public Membership membership() {
        return membership;
    }

    @Override
    public void close() {
        engine.stop();
        engine.destroy();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChainException(e, "chain.sync.interrupted");
        }
    }

    /** After each batch from the hub is in, what this PC derives from the rows is derived again. */
    private static final class DeriveAfterLoad extends DatabaseWriterFilterAdapter {
        private final Store store;
        private final List<StoredData> derived;

        DeriveAfterLoad(Store store, List<StoredData> derived) {
            this.store = store;
            this.derived = derived;
        }

        @Override
        public void batchCommitted(DataContext context) {
            if (derived.isEmpty()) {
                return;
            }
            try {
                store.write(c -> {
                    for (StoredData data : derived) {
                        data.afterChainLoad(c);
                    }
                    return null;
                });
            } catch (RuntimeException e) {
                LOG.warn("Could not derive again after a batch from the hub", e);
            }
        }
    }

    /** Presents the join code with the registration request, and hears why a registration failed. */
    private record Credentials(JoinCode code, AtomicReference<String> failure) implements INodeRegistrationListener {
        @Override
        public Map<String, String> getRequestProperties() {
            return Map.of("regUserId", code.nodeCode(), "regPassword", code.secret());
        }

        @Override
        public void registrationFailed(String message) {
            failure.set(message);
        }

        @Override
        public void registrationUrlUpdated(String url) {
        }

        @Override
        public void registrationNextAttemptUpdated(int seconds) {
        }

        @Override
        public void registrationStarting(Thread thread) {
        }

        @Override
        public void registrationSyncTriggers() {
        }

        @Override
        public void registrationSuccessful() {
        }
    }
}
