package com.alluressories.caredesk.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import org.jumpmind.symmetric.ClientSymmetricEngine;
import org.jumpmind.symmetric.ISymmetricEngine;
import org.jumpmind.symmetric.SymmetricWebServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("spike")
class ChainSpikeTest {
    @TempDir
    Path dir;

    @Test
    void hubAndTwoNodes() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        for (String n : new String[] {"hub", "a", "b"}) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(n + ".db"));
                 Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("CREATE TABLE thing (id TEXT PRIMARY KEY, v TEXT NOT NULL)");
            }
        }
        Properties hub = new Properties();
        hub.setProperty("engine.name", "hub");
        hub.setProperty("group.id", "hub");
        hub.setProperty("external.id", "hub");
        hub.setProperty("db.driver", "org.sqlite.JDBC");
        hub.setProperty("db.url", "jdbc:sqlite:" + dir.resolve("hub.db"));
        hub.setProperty("db.user", "");
        hub.setProperty("db.password", "");
        hub.setProperty("registration.url", "");
        hub.setProperty("sync.url", "http://127.0.0.1:" + port + "/sync/hub");
        hub.setProperty("auto.registration", "false");
        hub.setProperty("staging.dir", dir.resolve("staging-hub").toString());
        hub.setProperty("job.routing.period.time.ms", "1000");
        hub.setProperty("jobs.synchronized.enable", "true");
        hub.setProperty("sync.triggers.thread.count.per.server", "1");
        Path hubProps = dir.resolve("hub.properties");
        try (FileWriter w = new FileWriter(hubProps.toFile())) {
            hub.store(w, null);
        }
        long t0 = System.currentTimeMillis();
        System.setProperty("spring.autoconfigure.exclude",
                "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration,"
                + "org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration");
        SymmetricWebServer server = new SymmetricWebServer(hubProps.toString());
        server.setHost("127.0.0.1");
        server.start(port);
        server.waitForEnginesToComeOnline(60_000);
        ISymmetricEngine h = server.getEngine();
        System.out.println("hub up in " + (System.currentTimeMillis() - t0) + " ms: " + h);
        var sql = h.getSqlTemplate();
        sql.update("insert into sym_node_group (node_group_id) values ('node')");
        sql.update("insert into sym_node_group_link (source_node_group_id, target_node_group_id, data_event_action) values ('hub', 'node', 'W')");
        sql.update("insert into sym_node_group_link (source_node_group_id, target_node_group_id, data_event_action) values ('node', 'hub', 'P')");
        sql.update("insert into sym_channel (channel_id, processing_order, max_batch_size, enabled, description) values ('caredesk', 1, 10000, 1, 'x')");
        sql.update("insert into sym_trigger (trigger_id, source_table_name, channel_id, sync_on_incoming_batch, last_update_time, create_time) values ('thing', 'thing', 'caredesk', 1, current_timestamp, current_timestamp)");
        sql.update("insert into sym_router (router_id, source_node_group_id, target_node_group_id, router_type, create_time, last_update_time) values ('hub_to_node', 'hub', 'node', 'default', current_timestamp, current_timestamp)");
        sql.update("insert into sym_router (router_id, source_node_group_id, target_node_group_id, router_type, create_time, last_update_time) values ('node_to_hub', 'node', 'hub', 'default', current_timestamp, current_timestamp)");
        sql.update("insert into sym_trigger_router (trigger_id, router_id, initial_load_order, last_update_time, create_time) values ('thing', 'hub_to_node', 100, current_timestamp, current_timestamp)");
        sql.update("insert into sym_trigger_router (trigger_id, router_id, initial_load_order, last_update_time, create_time) values ('thing', 'node_to_hub', 100, current_timestamp, current_timestamp)");
        h.getConfigurationService().clearCache();
        h.getTriggerRouterService().clearCache();
        h.syncTriggers();
        h.openRegistration("node", "A");
        h.openRegistration("node", "B");

        ClientSymmetricEngine a = node("a", "A", port);
        ClientSymmetricEngine b = node("b", "B", port);
        exec("a", "INSERT INTO thing VALUES ('a1', 'from a')");
        exec("b", "INSERT INTO thing VALUES ('b1', 'from b')");
        long t1 = System.currentTimeMillis();
        for (int i = 0; i < 30 && (count("a") < 2 || count("b") < 2); i++) {
            for (ClientSymmetricEngine e : new ClientSymmetricEngine[] {a, b}) {
                e.route();
                e.push();
            }
            h.route();
            for (ClientSymmetricEngine e : new ClientSymmetricEngine[] {a, b}) {
                e.pull();
            }
        }
        System.out.println("converged in " + (System.currentTimeMillis() - t1) + " ms: a=" + count("a") + " b=" + count("b") + " hub=" + count("hub"));
        assertThat(count("a")).isEqualTo(2);
        assertThat(count("b")).isEqualTo(2);
        a.stop();
        b.stop();
        server.stop();
    }

    private ClientSymmetricEngine node(String name, String id, int port) throws Exception {
        Properties p = new Properties();
        p.setProperty("engine.name", name);
        p.setProperty("group.id", "node");
        p.setProperty("external.id", id);
        p.setProperty("db.driver", "org.sqlite.JDBC");
        p.setProperty("db.url", "jdbc:sqlite:" + dir.resolve(name + ".db"));
        p.setProperty("db.user", "");
        p.setProperty("db.password", "");
        p.setProperty("registration.url", "http://127.0.0.1:" + port + "/sync/hub");
        p.setProperty("sync.url", "http://127.0.0.1:" + port + "/sync/" + name);
        p.setProperty("staging.dir", dir.resolve("staging-" + name).toString());
        p.setProperty("jobs.synchronized.enable", "true");
        p.setProperty("sync.triggers.thread.count.per.server", "1");
        p.setProperty("start.route.job", "false");
        p.setProperty("start.push.job", "false");
        p.setProperty("start.pull.job", "false");
        ClientSymmetricEngine e = new ClientSymmetricEngine(p);
        long t = System.currentTimeMillis();
        e.start();
        for (int i = 0; i < 30 && !e.isRegistered(); i++) {
            e.getRegistrationService().registerWithServer();
            Thread.sleep(200);
        }
        System.out.println(name + " registered=" + e.isRegistered() + " in " + (System.currentTimeMillis() - t) + " ms");
        return e;
    }

    private void exec(String n, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(n + ".db"));
             Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout=5000");
            st.execute(sql);
        }
    }

    private int count(String n) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(n + ".db"));
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM thing")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
