package com.alluressories.caredesk.cli;

import static com.alluressories.caredesk.cli.ChainCommandsTest.at;
import static com.alluressories.caredesk.cli.ChainCommandsTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hub as head office runs it: on a real PostgreSQL server (binaries from Maven Central,
 * started on a free loopback port), given by --jdbc, --user and --password-file to hub,
 * hub-register and hub-disable while the hub runs.
 */
class PostgresHubTest {
    @TempDir
    Path dir;

    @Test
    void aChainOnPostgresql() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String jdbc = postgres.getJdbcUrl("postgres", "postgres");
            Path password = Files.writeString(dir.resolve("pg-password"), "postgres\n", StandardCharsets.UTF_8);
            String[] db = {"--jdbc", jdbc.replaceAll("\\?.*", ""), "--user", "postgres", "--password-file",
                password.toString()};
            int port = com.alluressories.caredesk.chain.TestHub.freePort();
            Path hubDir = dir.resolve("hub");
            Process hub = ChainCommandsTest.startHub(hubDir, port, db);
            try {
                String url = "http://127.0.0.1:" + port + "/sync/caredesk-hub";
                String office = at(hubDir, concat(new String[] {"hub-register", "HO", "--role", "office"}, db)).out().strip();
                String shop = at(hubDir, concat(new String[] {"hub-register", "MK", "--role", "shop"}, db)).out().strip();
                assertThat(office).startsWith("HO-");
                assertThat(Files.exists(hubDir.resolve("hub").resolve("hub.db"))).as("no SQLite hub beside PostgreSQL")
                        .isFalse();
                Path ho = dir.resolve("ho");
                Path mk = dir.resolve("mk");
                assertThat(at(ho, "join", url, "--code", office).exitCode()).isZero();
                Path sales = Files.writeString(dir.resolve("sales.csv"), ReceiptCommandsTest.HEADER
                        + "MK-0009,MK,2026-10-02T11:00,Lee Ka Yan,98765432,1,NK-GLD-01,Necklace,18K_GOLD,,12800,12800\n",
                        StandardCharsets.UTF_8);
                assertThat(at(ho, "import-receipts", sales.toString()).exitCode()).isZero();
                assertThat(at(ho, "sync", "--once").exitCode()).isZero();
                MainProcess.Result joined = at(mk, "join", url, "--code", shop);
                assertThat(joined.exitCode()).as(joined.err()).isZero();
                assertThat(json(at(mk, "lookup", "--phone", "98765432")).get(0).get("receipt_no").asText())
                        .isEqualTo("MK-0009");
                assertThat(at(hubDir, concat(new String[] {"hub-disable", "MK"}, db)).exitCode()).isZero();
                assertThat(at(mk, "sync", "--once", "--timeout", "60").exitCode()).isEqualTo(1);
            } finally {
                hub.destroy();
                assertThat(hub.waitFor(60, TimeUnit.SECONDS)).isTrue();
            }
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
