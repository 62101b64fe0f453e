package com.alluressories.caredesk.bench;

import com.alluressories.caredesk.app.ChainLink;
import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.chain.ChainRole;
import com.alluressories.caredesk.chain.Hub;
import com.alluressories.caredesk.chain.HubDatabase;
import com.alluressories.caredesk.chain.HubLedger;
import com.alluressories.caredesk.chain.NodeSync;
import com.alluressories.caredesk.policy.Metal;
import com.alluressories.caredesk.receipt.Receipt;
import com.alluressories.caredesk.receipt.ReceiptLine;
import com.alluressories.caredesk.receipt.ReceiptRepository;
import com.alluressories.caredesk.store.Store;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chain online, as two shops' windows run it (each PC's ChainLink syncing by itself): the time
 * from a receipt saved at shop A to the moment shop B's store holds it, over 200 receipts saved
 * one every 250 ms; p50 and p95 against the 5-second target. The hub runs on its embedded SQLite
 * file, or with {@code -Dchain.hub=postgres} on a real PostgreSQL server (as head office would).
 * Not in verify: {@code mvn -B test -Dexcluded.groups= -Dgroups=benchmark -Dtest=ChainBenchmark}.
 */
@Tag("benchmark")
class ChainBenchmark {
    @TempDir
    Path dir;

    @Test
    void aReceiptSavedAtOneShopReachesAnother() throws Exception {
        Clock clock = Clock.systemUTC();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        boolean postgres = "postgres".equals(System.getProperty("chain.hub"));
        io.zonky.test.db.postgres.embedded.EmbeddedPostgres pg = postgres
                ? io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start() : null;
        HubDatabase db = postgres ? new HubDatabase(pg.getJdbcUrl("postgres", "postgres").replaceAll("\\?.*", ""),
                "postgres", "postgres") : HubDatabase.embedded(dir.resolve("hub"));
        try (Hub hub = Hub.start(new Hub.Options(db, dir.resolve("hub/work"), "127.0.0.1", port, false, null, null), clock);
             Store a = Store.open(dir.resolve("a")); Store b = Store.open(dir.resolve("b"))) {
            HubLedger ledger = new HubLedger(db, clock);
            NodeSync.join(a, false, hub.url(), ledger.register("BA", ChainRole.SHOP, false), clock, Duration.ofSeconds(60), Services.STORED_DATA)
                    .close();
            NodeSync.join(b, false, hub.url(), ledger.register("BB", ChainRole.SHOP, false), clock, Duration.ofSeconds(60), Services.STORED_DATA)
                    .close();
            Map<String, Long> saved = new ConcurrentHashMap<>();
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            try (ChainLink atA = new ChainLink(a, clock); ChainLink atB = new ChainLink(b, clock)) {
                atA.start(s -> { });
                atB.start(s -> { });
                Thread watcher = new Thread(() -> watch(b, saved, latencies));
                watcher.setDaemon(true);
                watcher.start();
                for (int i = 0; i < 200; i++) {
                    String no = String.format("BA-%05d", i);
                    a.write(c -> {
                        ReceiptRepository.insert(c, receipt(no));
                        return null;
                    });
                    saved.put(no, System.nanoTime());
                    Thread.sleep(250);
                }
                long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
                while (!saved.isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
            }
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf("chain online (%s hub): %d of 200 receipts arrived; saved at A -> at B: p50 %d ms, p95 %d ms, "
                    + "max %d ms (target p95 <= 5000 ms)%n", postgres ? "PostgreSQL" : "SQLite", sorted.size(), pct(sorted, 50), pct(sorted, 95),
                    sorted.isEmpty() ? -1 : sorted.get(sorted.size() - 1));
        } finally {
            if (pg != null) {
                pg.close();
            }
        }
    }

    private static void watch(Store b, Map<String, Long> saved, List<Long> latencies) {
        while (true) {
            for (String no : List.copyOf(saved.keySet())) {
                boolean there = b.read(c -> {
                    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM receipt WHERE receipt_no = ?")) {
                        ps.setString(1, no);
                        try (ResultSet rs = ps.executeQuery()) {
                            return rs.next();
                        }
                    }
                });
                if (there) {
                    Long at = saved.remove(no);
                    if (at != null) {
                        latencies.add((System.nanoTime() - at) / 1_000_000);
                    }
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static long pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? -1 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static Receipt receipt(String no) {
        return new Receipt(no, "BA", LocalDateTime.parse("2026-11-20T15:30"), Optional.of("Chan Tai Man"),
                Optional.of("91234567"), List.of(new ReceiptLine(1, "SKU-1", "Silver ring", Metal.SILVER, Set.of(),
                new BigDecimal("880.00"), new BigDecimal("880.00"))));
    }
}
