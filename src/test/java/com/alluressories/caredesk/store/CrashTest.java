package com.alluressories.caredesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store never loses a ticket: a child JVM writes tickets through the real services and is
 * killed with SIGKILL at random moments; after each kill, every ticket it reported committed is
 * there, intact, with no number given twice, and SQLite's integrity_check passes. 20 cycles here;
 * {@code -Dcrash.cycles=1000} for the long run.
 */
class CrashTest {
    @TempDir
    Path dir;

    @TempDir
    Path errors;

    private static String tail(Path file) throws java.io.IOException {
        List<String> lines = java.nio.file.Files.readAllLines(file);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 25), lines.size()));
    }

    @Test
    void killedMidWriteTheStoreKeepsEveryCommittedTicket() throws Exception {
        int cycles = Integer.getInteger("crash.cycles", 20);
        Random random = new Random(Long.getLong("crash.seed", 20261127L));
        Map<String, Long> committed = new HashMap<>();
        long started = System.nanoTime();
        for (int cycle = 0; cycle < cycles; cycle++) {
            Path childErr = errors.resolve("child-" + cycle + ".err");
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(), dir.toString(),
                    // a shop per 100 cycles: a long run would use up one shop's 9,999 numbers of the day
                    "CW" + (cycle / 100))
                    .redirectError(childErr.toFile()).start();
            List<String> printed = new CopyOnWriteArrayList<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        printed.add(line);
                    }
                } catch (java.io.IOException e) {
                    // the child was killed mid-line
                }
            });
            reader.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (printed.isEmpty() && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(printed).as("cycle %d: the child wrote nothing; its error output:%n%s", cycle,
                    tail(childErr)).isNotEmpty();
            Thread.sleep(random.nextInt(400));   // a random moment in the middle of writing
            child.destroyForcibly();              // SIGKILL on Linux: no shutdown hook, no flush
            child.waitFor();
            reader.join();
            for (String line : printed) {
                String[] parts = line.split(" ");
                if (parts.length == 2 && parts[1].matches("\\d+")) {
                    assertThat(committed.put(parts[0], Long.parseLong(parts[1]))).as("number reused: " + parts[0]).isNull();
                }
            }
            verify(committed);
            java.nio.file.Files.deleteIfExists(childErr);
        }
        System.out.printf("crash test: %d cycles, %d tickets committed and all found, in %d s%n", cycles,
                committed.size(), TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
    }

    private void verify(Map<String, Long> committed) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Store.FILE_NAME))) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("ok");
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT t.claim_id, t.state, c.customer_name, "
                    + "(SELECT count(*) FROM ticket_event e WHERE e.ticket_id = t.id) FROM ticket t "
                    + "JOIN claim c ON c.id = t.claim_id WHERE t.ticket_no = ?")) {
                for (Map.Entry<String, Long> ticket : committed.entrySet()) {
                    ps.setString(1, ticket.getKey());
                    try (ResultSet rs = ps.executeQuery()) {
                        assertThat(rs.next()).as("committed ticket " + ticket.getKey() + " is missing").isTrue();
                        assertThat(rs.getLong(1)).isEqualTo(ticket.getValue());
                        assertThat(rs.getString(2)).isEqualTo("RECEIVED");
                        assertThat(rs.getString(3)).isEqualTo("陳大文");
                        assertThat(rs.getInt(4)).isEqualTo(1);
                    }
                }
            }
            List<String> all = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT ticket_no FROM ticket")) {
                while (rs.next()) {
                    all.add(rs.getString(1));
                }
            }
            assertThat(all).doesNotHaveDuplicates();
            // Every committed ticket has its audit entry, and the chain survived the kill whole.
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT count(*) FROM audit_log WHERE action = 'TICKET_OPENED'")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(all.size());
            }
        }
        assertThat(com.alluressories.caredesk.staff.AuditLog.verifyFile(dir.resolve(Store.FILE_NAME)).intact())
                .as("the audit chain after a kill").isTrue();
    }
}
