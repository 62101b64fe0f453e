package com.alluressories.caredesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.CareDesk;
import com.alluressories.caredesk.chain.TestHub;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chain through the real main, as head office and a shop would run it: a hub in its own JVM
 * on an embedded SQLite file, nodes joining with the codes it prints, receipts imported at head
 * office found at the shop, a node shut out, the hub gone. Loopback only; every wait bounded.
 */
class ChainCommandsTest {
    @TempDir
    Path dir;

    @Test
    void headOfficeImportsAndTheShopFindsIt() throws Exception {
        int port = TestHub.freePort();
        Path hubDir = dir.resolve("hub");
        Process hub = startHub(hubDir, port);
        try {
            String url = "http://127.0.0.1:" + port + "/sync/caredesk-hub";
            MainProcess.Result officeCode = at(hubDir, "hub-register", "HO", "--role", "office");
            assertThat(officeCode.exitCode()).as(officeCode.err()).isZero();
            assertThat(officeCode.out().strip()).matches("HO-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
            String shopCode = at(hubDir, "hub-register", "cwb", "--role", "shop").out().strip();
            assertThat(shopCode).startsWith("CWB-");
            assertThat(at(hubDir, "hub-register", "CWB", "--role", "boss").exitCode()).isEqualTo(2);

            Path ho = dir.resolve("ho");
            Path cwb = dir.resolve("cwb");
            assertThat(json(at(cwb, "sync-status")).get("state").asText()).isEqualTo("not_joined");
            MainProcess.Result joined = at(ho, "join", url, "--code", officeCode.out().strip());
            assertThat(joined.exitCode()).as(joined.err()).isZero();
            assertThat(joined.out()).contains("Joined the chain").contains("HO");
            Path sales = Files.writeString(dir.resolve("sales.csv"), ReceiptCommandsTest.HEADER
                    + "CWB-0001,CWB,2026-01-31T14:05,Chan Tai Man,91234567,1,R18-SOL-02,Ring,18K_GOLD,DIAMOND,15800,15800\n"
                    + "TST-0002,TST,2026-03-01,陳大文,61234567,1,ES-PRL-05,珍珠耳環,SILVER,PEARL,880,880\n",
                    StandardCharsets.UTF_8);
            assertThat(at(ho, "import-receipts", sales.toString()).exitCode()).isZero();
            assertThat(at(ho, "sync", "--once").exitCode()).isZero();

            MainProcess.Result shopJoined = at(cwb, "join", url, "--code", shopCode);
            assertThat(shopJoined.exitCode()).as(shopJoined.err()).isZero();
            JsonNode found = json(at(cwb, "lookup", "--receipt", "TST-0002"));
            assertThat(found.get(0).get("customer_name").asText()).isEqualTo("陳大文");
            JsonNode status = json(at(cwb, "sync-status"));
            assertThat(status.get("node").asText()).isEqualTo("CWB");
            assertThat(status.get("role").asText()).isEqualTo("shop");
            assertThat(status.get("hub").asText()).isEqualTo(url);
            assertThat(status.get("state").asText()).isEqualTo("online");
            assertThat(status.get("last_sync").asText()).isNotBlank();
            assertThat(status.get("pending_out").asLong()).isZero();
            assertThat(status.get("errors")).isEmpty();
            MainProcess.Result trails = at(hubDir, "verify-audit", "--hub");
            assertThat(trails.exitCode()).as(trails.err()).isZero();
            assertThat(trails.out()).contains("HO: The audit trail is intact");
            MainProcess.Result own = at(ho, "verify-audit");
            assertThat(own.exitCode()).as(own.err()).isZero();
            try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + ho.resolve("caredesk.db"));
                 java.sql.Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery(
                         "SELECT record, details FROM audit_log WHERE action = 'CHAIN_JOINED'")) {
                assertThat(rs.next()).as("the join is in the audit trail").isTrue();
                assertThat(rs.getString("record")).isEqualTo("HO");
                assertThat(rs.getString("details")).contains(url);
            }

            MainProcess.Result reused = at(dir.resolve("thief"), "join", url, "--code", shopCode);
            assertThat(reused.exitCode()).isEqualTo(1);
            assertThat(reused.err()).contains("refused");

            MainProcess.Result disabled = at(hubDir, "hub-disable", "CWB");
            assertThat(disabled.exitCode()).as(disabled.err()).isZero();
            MainProcess.Result refused = at(cwb, "sync", "--once", "--timeout", "60");
            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.err()).contains("shut this PC (CWB) out");
            assertThat(at(hubDir, "hub-disable", "NOPE").exitCode()).isEqualTo(1);
        } finally {
            hub.destroy();
            assertThat(hub.waitFor(60, TimeUnit.SECONDS)).as("the hub stops on SIGTERM").isTrue();
        }
        MainProcess.Result away = at(dir.resolve("ho"), "sync", "--once", "--timeout", "60");
        assertThat(away.exitCode()).isEqualTo(1);
        assertThat(away.err()).contains("Cannot reach head office");
        assertThat(json(at(dir.resolve("ho"), "sync-status")).get("state").asText()).isEqualTo("offline");
    }

    static MainProcess.Result at(Path dataDir, String... args) throws Exception {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return MainProcess.run(null, Map.of(), all);
    }

    static JsonNode json(MainProcess.Result result) throws Exception {
        assertThat(result.exitCode()).as(result.err()).isZero();
        return new ObjectMapper().readTree(result.out());
    }

    /** The hub in its own JVM; returns once it says it is running (or fails after two minutes). */
    static Process startHub(Path hubDir, int port, String... options) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(CareDesk.class.getName());
        command.addAll(List.of("--data-dir", hubDir.toString(), "hub", "--port", Integer.toString(port)));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> running = CompletableFuture.supplyAsync(() -> {
            StringBuilder seen = new StringBuilder();
            try {
                for (String line; (line = out.readLine()) != null; ) {
                    seen.append(line).append('\n');
                    if (line.startsWith("CareDesk hub running at")) {
                        return line;
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            throw new IllegalStateException("the hub stopped before running:\n" + seen);
        });
        try {
            String line = running.get(120, TimeUnit.SECONDS);
            assertThat(line).contains("http://127.0.0.1:" + port + "/sync/caredesk-hub");
            // Keep reading so the hub never blocks on a full pipe.
            CompletableFuture.runAsync(() -> {
                try {
                    while (out.readLine() != null) {
                        // discard
                    }
                } catch (java.io.IOException e) {
                    // the hub has gone
                }
            });
            return process;
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
    }
}
