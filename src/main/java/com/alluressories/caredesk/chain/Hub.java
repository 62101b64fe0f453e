package com.alluressories.caredesk.chain;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;
import org.jumpmind.symmetric.ISymmetricEngine;
import org.jumpmind.symmetric.SymmetricWebServer;
import org.jumpmind.symmetric.ext.INodeRegistrationAuthenticator;
import org.jumpmind.symmetric.web.ServerSymmetricEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chain's hub (head office): SymmetricDS's registration server and the hub every node syncs
 * through, on PostgreSQL or an embedded SQLite file. Registration is closed: a node gets in only
 * with the one-time join code {@code hub-register} printed for it. One hub per process.
 */
public final class Hub implements AutoCloseable {
    /** SymmetricDS's engine name, also the last part of the hub's URL ({@code /sync/caredesk-hub}). */
    public static final String ENGINE = "caredesk-hub";
    public static final int DEFAULT_PORT = 31415;
    private static final Logger LOG = LoggerFactory.getLogger(Hub.class);

    /** Where the hub listens and what it runs on. */
    public record Options(HubDatabase db, Path workDir, String bind, int port, boolean demo, Path keystore,
                          String keystorePassword) {
        boolean secure() {
            return keystore != null;
        }

        public String url() {
            return (secure() ? "https" : "http") + "://" + bind + ":" + port + "/sync/" + ENGINE;
        }
    }

    private final SymmetricWebServer server;
    private final ISymmetricEngine engine;
    private final Options options;

    private Hub(SymmetricWebServer server, ISymmetricEngine engine, Options options) {
        this.server = server;
        this.engine = engine;
        this.options = options;
    }

    /** Starts the hub and returns once it accepts nodes; its tables are migrated first. */
    public static Hub start(Options options, Clock clock) {
        HubLedger ledger = new HubLedger(options.db(), clock);
        ledger.migrate();
        ledger.demo(options.demo());
        Path props = options.workDir().resolve("hub-engine.properties");
        try {
            Files.createDirectories(options.workDir());
            try (Writer w = Files.newBufferedWriter(props, StandardCharsets.UTF_8)) {
                engineProperties(options).store(w, "Written by CareDesk at every hub start; edits are lost");
            }
        } catch (IOException e) {
            throw new ChainException(e, "chain.hub.workDir", options.workDir(), e.getMessage());
        }
        // SymmetricDS runs inside Spring Boot: keep Boot away from CareDesk's logging and from
        // making a DataSource of its own.
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        System.setProperty("spring.autoconfigure.exclude",
                "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration,"
                        + "org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration");
        if (options.secure()) {
            System.setProperty("sym.keystore.file", options.keystore().toString());
            System.setProperty("javax.net.ssl.keyStorePassword", options.keystorePassword());
            System.setProperty("sym.keystore.ssl.cert.alias", "sym");
        }
        SymmetricWebServer server = new SymmetricWebServer(props.toString());
        server.setHost(options.bind());
        try {
            if (options.secure()) {
                server.setHttpEnabled(false);
                server.setHttpsEnabled(true);
                server.startSecure(options.port());
            } else {
                server.start(options.port());
            }
            server.waitForEnginesToComeOnline(120_000);
        } catch (Exception e) {
            throw new ChainException(e, "chain.hub.cannotStart", options.bind(), options.port(), rootMessage(e));
        }
        ISymmetricEngine engine = server.getEngine();
        if (engine == null || !engine.isStarted()) {
            throw new ChainException("chain.hub.cannotStart", options.bind(), options.port(), "the engine did not start");
        }
        ChainConfig.apply(engine.getSqlTemplate());
        engine.getConfigurationService().clearCache();
        engine.getTriggerRouterService().clearCache();
        engine.syncTriggers();
        engine.getExtensionService().addExtensionPoint((INodeRegistrationAuthenticator) ledger::useJoinCode);
        engine.getExtensionService().addExtensionPoint(new HubAuditHeads(engine.getSqlTemplate()));
        // A joining PC's sales history comes as one stream (ReceiptSnapshot). The handler list is
        // SymmetricDS's own; a node that asks in this instant gets "not found" and asks again.
        if (engine instanceof ServerSymmetricEngine web) {
            web.getUriHandlers().add(new ReceiptSnapshotHandler(engine, options.db()));
        }
        // After the triggers exist, so the nodes receive it.
        ledger.announceSchema(com.alluressories.caredesk.store.Store.SCHEMA_VERSION);
        LOG.info("The hub is running at {} on {}", options.url(), options.db());
        return new Hub(server, engine, options);
    }

    static Properties engineProperties(Options o) {
        Properties p = new Properties();
        p.setProperty("engine.name", ENGINE);
        p.setProperty("group.id", ChainConfig.HUB_GROUP);
        p.setProperty("external.id", "HUB");
        p.setProperty("db.driver", o.db().driver());
        p.setProperty("db.url", o.db().url());
        p.setProperty("db.user", o.db().user());
        p.setProperty("db.password", o.db().password());
        p.setProperty("registration.url", "");
        p.setProperty("sync.url", o.url());
        p.setProperty("auto.registration", "false");
        p.setProperty("auto.reload", "true");
        p.setProperty("initial.load.use.extract.job.enabled", "false");
        p.setProperty("staging.dir", o.workDir().resolve("staging").toString());
        p.setProperty("job.routing.period.time.ms", "500");
        p.setProperty("job.heartbeat.period.time.ms", "60000");
        // Changes wait for a node that is away: a shop offline for weeks still gets everything.
        p.setProperty("purge.retention.minutes", Integer.toString(60 * 24 * 90));
        if (o.db().isSqlite()) {
            p.setProperty("db.init.sql", "PRAGMA busy_timeout = 10000");
            p.setProperty("jobs.synchronized.enable", "true");
            p.setProperty("sync.triggers.thread.count.per.server", "1");
        }
        return p;
    }

    public String url() {
        return options.url();
    }

    ISymmetricEngine engine() {
        return engine;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("The hub did not stop cleanly", e);
        }
        try {
            // Lets the engine's name go, so a hub can start again in this JVM.
            engine.stop();
            engine.destroy();
        } catch (RuntimeException e) {
            LOG.warn("The hub's engine did not stop cleanly", e);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
