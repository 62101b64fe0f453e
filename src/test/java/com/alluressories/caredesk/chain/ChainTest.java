package com.alluressories.caredesk.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.alluressories.caredesk.policy.Metal;
import com.alluressories.caredesk.receipt.Receipt;
import com.alluressories.caredesk.receipt.ReceiptLine;
import com.alluressories.caredesk.receipt.ReceiptRepository;
import com.alluressories.caredesk.store.Store;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hub on an embedded SQLite file and real nodes on their own stores, on loopback. */
class ChainTest {
    @TempDir
    static Path dir;
    static Hub hub;
    static HubLedger ledger;
    static final Clock CLOCK = Clock.systemUTC();

    @BeforeAll
    static void startHub() throws Exception {
        hub = TestHub.start(dir.resolve("hub"), CLOCK);
        ledger = new HubLedger(HubDatabase.embedded(dir.resolve("hub")), CLOCK);
    }

    @AfterAll
    static void stopHub() {
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void aReceiptImportedAtOneNodeIsFoundAtTheOthers() throws Exception {
        JoinCode office = ledger.register("HO", ChainRole.OFFICE, false);
        JoinCode shop = ledger.register("CWB", ChainRole.SHOP, false);
        try (Store ho = Store.open(dir.resolve("ho")); Store cwb = Store.open(dir.resolve("cwb"))) {
            cwb.write(c -> {
                ReceiptRepository.insert(c, receipt("CWB-BEFORE-1"));
                return null;
            });
            try (NodeSync atHo = NodeSync.join(ho, false, hub.url(), office, CLOCK, Duration.ofSeconds(60));
                 NodeSync atCwb = NodeSync.join(cwb, false, hub.url(), shop, CLOCK, Duration.ofSeconds(60))) {
                ho.write(c -> {
                    ReceiptRepository.insert(c, receipt("HO-2026-000001"));
                    return null;
                });
                atHo.syncOnce(Duration.ofSeconds(60));
                atCwb.syncOnce(Duration.ofSeconds(60));
                atHo.syncOnce(Duration.ofSeconds(60));
                assertThat(receipts(cwb)).contains("HO-2026-000001", "CWB-BEFORE-1");
                assertThat(receipts(ho)).contains("HO-2026-000001", "CWB-BEFORE-1");
                assertThat(roles(cwb)).contains("CWB shop", "HO office");
            }
        }
    }

    /**
     * A PC that joins a chain with a sales history gets it as one stream (ReceiptSnapshot): every
     * receipt and line, its own copy of one kept as it was, nothing sent back up, and the capture
     * triggers back in place for what it sells next.
     */
    @Test
    void aLateShopReceivesTheSalesHistoryInOneStreamAndSendsNothingBack() throws Exception {
        JoinCode early = ledger.register("TKO", ChainRole.SHOP, false);
        JoinCode late = ledger.register("TW", ChainRole.SHOP, false);
        try (Store tko = Store.open(dir.resolve("tko")); Store tw = Store.open(dir.resolve("tw"))) {
            try (NodeSync atTko = NodeSync.join(tko, false, hub.url(), early, CLOCK, Duration.ofSeconds(60))) {
                tko.write(c -> {
                    for (int i = 1; i <= 3; i++) {
                        ReceiptRepository.insert(c, receipt("TKO-HISTORY-" + i));
                    }
                    return null;
                });
                atTko.syncOnce(Duration.ofSeconds(60));
            }
            tw.write(c -> {
                ReceiptRepository.insert(c, receipt("TKO-HISTORY-2")); // the same sale, imported here too
                ReceiptRepository.insert(c, receipt("TW-OWN-1"));
                return null;
            });
            try (NodeSync atTw = NodeSync.join(tw, false, hub.url(), late, CLOCK, Duration.ofSeconds(60))) {
                atTw.syncOnce(Duration.ofSeconds(60));
                assertThat(receipts(tw)).contains("TKO-HISTORY-1", "TKO-HISTORY-2", "TKO-HISTORY-3", "TW-OWN-1");
                assertThat(receipts(tw).stream().filter("TKO-HISTORY-2"::equals)).hasSize(1);
                assertThat(count(tw, "SELECT count(*) FROM sym_data WHERE table_name IN ('receipt', 'receipt_line') "
                        + "AND event_type = 'I'")).as("the history is not captured again at the new shop").isZero();
                assertThat(count(tw, "SELECT count(*) FROM setting WHERE key = 'chain.receiptsDue'")).isZero();
                tw.write(c -> {
                    ReceiptRepository.insert(c, receipt("TW-AFTER-1"));
                    return null;
                });
                assertThat(count(tw, "SELECT count(*) FROM sym_data WHERE table_name = 'receipt' AND event_type = 'I'"))
                        .as("a sale after joining is captured").isEqualTo(1);
                atTw.syncOnce(Duration.ofSeconds(60));
                assertThat(count(tw, "SELECT coalesce(sum(extract_row_count), 0) FROM sym_outgoing_batch "
                        + "WHERE node_id = 'HUB' AND summary LIKE '%receipt%'"))
                        .as("what went up: the two sales held before joining and the one after, each with its line")
                        .isEqualTo(6);
                assertThat(count(tw, "SELECT count(*) FROM sqlite_master WHERE name LIKE 'chain_prejoin_%'"))
                        .as("the keys kept aside at join are dropped once sent").isZero();
            }
            try (NodeSync atTko = NodeSync.open(tko, CLOCK, false, List.of()).orElseThrow()) {
                atTko.syncOnce(Duration.ofSeconds(60));
            }
            assertThat(receipts(tko)).contains("TW-OWN-1", "TW-AFTER-1");
        }
    }

    static long count(Store store, String sql) {
        return store.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void aCodeIsGoodOnceAndOnlyWithItsSecret() throws Exception {
        JoinCode code = ledger.register("MK", ChainRole.SHOP, false);
        JoinCode forged = new JoinCode(false, "MK", "AAAA-BBBB-CCCC-DDDD");
        try (Store mk = Store.open(dir.resolve("mk-forged"))) {
            assertThatThrownBy(() -> NodeSync.join(mk, false, hub.url(), forged, CLOCK, Duration.ofSeconds(15)))
                    .isInstanceOfSatisfying(ChainException.class, e -> assertThat(e.key()).isEqualTo("chain.join.refused"));
        }
        try (Store mk = Store.open(dir.resolve("mk")); NodeSync joined = NodeSync.join(mk, false, hub.url(), code, CLOCK,
                Duration.ofSeconds(60))) {
            assertThat(joined.membership().nodeCode()).isEqualTo("MK");
            assertThat(new com.alluressories.caredesk.shop.ShopService(mk, CLOCK,
                    com.alluressories.caredesk.app.Services.STORED_DATA).shopCode())
                    .as("ticket numbers carry the registered code").contains("MK");
        }
        try (Store thief = Store.open(dir.resolve("mk-again"))) {
            assertThatThrownBy(() -> NodeSync.join(thief, false, hub.url(), code, CLOCK, Duration.ofSeconds(15)))
                    .isInstanceOfSatisfying(ChainException.class, e -> assertThat(e.key()).isEqualTo("chain.join.refused"));
        }
    }

    @Test
    void aDisabledNodeIsRefused() throws Exception {
        JoinCode code = ledger.register("TST", ChainRole.SHOP, false);
        try (Store tst = Store.open(dir.resolve("tst")); NodeSync joined = NodeSync.join(tst, false, hub.url(), code,
                CLOCK, Duration.ofSeconds(60))) {
            joined.syncOnce(Duration.ofSeconds(60));
            assertThat(ledger.disable("TST")).isTrue();
            assertThatThrownBy(() -> joined.syncOnce(Duration.ofSeconds(30)))
                    .isInstanceOfSatisfying(ChainException.class, e -> assertThat(e.key()).isEqualTo("chain.sync.disabled"));
        }
    }

    /** The window's link: it syncs by itself, round after round, and reports each round's status. */
    @Test
    void theWindowsLinkSyncsByItselfAndSaysSo() throws Exception {
        JoinCode kiosk = ledger.register("KT", ChainRole.SHOP, false);
        JoinCode other = ledger.register("YL", ChainRole.SHOP, false);
        try (Store kt = Store.open(dir.resolve("kt")); Store yl = Store.open(dir.resolve("yl"))) {
            NodeSync.join(kt, false, hub.url(), kiosk, CLOCK, Duration.ofSeconds(60)).close();
            try (NodeSync atYl = NodeSync.join(yl, false, hub.url(), other, CLOCK, Duration.ofSeconds(60));
                 com.alluressories.caredesk.app.ChainLink link = new com.alluressories.caredesk.app.ChainLink(kt, CLOCK)) {
                java.util.concurrent.atomic.AtomicReference<SyncStatus> last = new java.util.concurrent.atomic.AtomicReference<>();
                link.start(last::set);
                yl.write(c -> {
                    ReceiptRepository.insert(c, receipt("YL-2026-000777"));
                    return null;
                });
                atYl.syncOnce(Duration.ofSeconds(60));
                long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
                while (!receipts(kt).contains("YL-2026-000777") && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                }
                assertThat(receipts(kt)).contains("YL-2026-000777");
                while ((last.get() == null || last.get().lastSync() == null) && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                }
                assertThat(last.get().state()).isEqualTo(SyncStatus.ONLINE);
                assertThat(last.get().node()).isEqualTo("KT");
                assertThat(last.get().lastSyncTime()).isPresent();
            }
        }
    }

    @Test
    void aClockFiveMinutesFastIsToldNotTrusted() throws Exception {
        JoinCode code = ledger.register("SK", ChainRole.WORKSHOP, false);
        Clock fast = Clock.offset(CLOCK, Duration.ofMinutes(5));
        try (Store sk = Store.open(dir.resolve("sk"));
             NodeSync joined = NodeSync.join(sk, false, hub.url(), code, fast, Duration.ofSeconds(60))) {
            joined.syncOnce(Duration.ofSeconds(60));
            SyncStatus status = SyncStatus.of(sk, Duration.ofSeconds(3));
            assertThat(status.clockOffMinutes()).isBetween(4L, 5L);
            assertThat(status.errors()).anyMatch(e -> e.contains("clock"));
            assertThat(status.role()).isEqualTo("workshop");
        }
    }

    /** Staff travel, and a PIN reset at one PC works at another; wrong PINs lock the card only where typed. */
    @Test
    void aPinResetAtOneNodeWorksAtAnother() throws Exception {
        JoinCode a = ledger.register("SSP", ChainRole.SHOP, false);
        JoinCode b = ledger.register("TKO", ChainRole.SHOP, false);
        try (Store ssp = Store.open(dir.resolve("ssp")); Store tko = Store.open(dir.resolve("tko"));
             NodeSync atSsp = NodeSync.join(ssp, false, hub.url(), a, CLOCK, Duration.ofSeconds(60));
             NodeSync atTko = NodeSync.join(tko, false, hub.url(), b, CLOCK, Duration.ofSeconds(60))) {
            com.alluressories.caredesk.staff.StaffService sspStaff = staff(ssp);
            com.alluressories.caredesk.staff.StaffService tkoStaff = staff(tko);
            com.alluressories.caredesk.staff.Actor manager = sspStaff.createFirstManager("7001", "Mandy Kwok", "1234");
            sspStaff.add(manager, "7002", "Ken Wong", com.alluressories.caredesk.staff.Role.STAFF, "2222");
            atSsp.syncOnce(Duration.ofSeconds(60));
            atTko.syncOnce(Duration.ofSeconds(60));
            assertThat(tkoStaff.signIn("7002", "2222").ok()).isTrue();
            for (int i = 0; i < 5; i++) {
                tkoStaff.signIn("7002", "9999");
            }
            assertThat(tkoStaff.signIn("7002", "2222").ok()).as("locked at TKO").isFalse();
            com.alluressories.caredesk.staff.Actor tkoManager = tkoStaff.signIn("7001", "1234").actor().orElseThrow();
            tkoStaff.resetPin(tkoManager, "7002", "4321");
            atTko.syncOnce(Duration.ofSeconds(60));
            atSsp.syncOnce(Duration.ofSeconds(60));
            assertThat(sspStaff.signIn("7002", "4321").ok()).as("the new PIN at SSP").isTrue();
            assertThat(sspStaff.signIn("7002", "2222").ok()).as("the old PIN nowhere").isFalse();
        }
    }

    /** Two PCs change the same person while apart: the newer change, by CareDesk's clock, wins on both. */
    @Test
    void theNewerEditOfAPersonWinsWhicheverArrivesFirst() throws Exception {
        JoinCode a = ledger.register("TW", ChainRole.SHOP, false);
        JoinCode b = ledger.register("TM", ChainRole.SHOP, false);
        try (Store tw = Store.open(dir.resolve("tw")); Store tm = Store.open(dir.resolve("tm"));
             NodeSync atTw = NodeSync.join(tw, false, hub.url(), a, CLOCK, Duration.ofSeconds(60));
             NodeSync atTm = NodeSync.join(tm, false, hub.url(), b, CLOCK, Duration.ofSeconds(60))) {
            com.alluressories.caredesk.staff.Actor manager = staff(tw, CLOCK).createFirstManager("8001", "Amy Lee", "1234");
            staff(tw, CLOCK).add(manager, "8002", "Bo Chan", com.alluressories.caredesk.staff.Role.STAFF, "2222");
            atTw.syncOnce(Duration.ofSeconds(60));
            atTm.syncOnce(Duration.ofSeconds(60));
            // Apart: TM resets Bo's PIN to 5555 (its clock says a minute later), then TW resets it to
            // 6666. By the moment each was typed TW's came last; by CareDesk's clocks TM's is newer, and
            // must win on both PCs, whichever reaches head office first.
            com.alluressories.caredesk.staff.Actor tmManager = staff(tm, CLOCK).signIn("8001", "1234").actor().orElseThrow();
            staff(tm, Clock.offset(CLOCK, Duration.ofMinutes(1))).resetPin(tmManager, "8002", "5555");
            Thread.sleep(50);
            staff(tw, CLOCK).resetPin(manager, "8002", "6666");
            atTm.syncOnce(Duration.ofSeconds(60));
            atTw.syncOnce(Duration.ofSeconds(60));
            atTm.syncOnce(Duration.ofSeconds(60));
            for (Store store : List.of(tw, tm)) {
                assertThat(staff(store, CLOCK).signIn("8002", "5555").ok()).as("TM's newer PIN at %s", store.dataDir())
                        .isTrue();
            }
        }
    }

    static com.alluressories.caredesk.staff.StaffService staff(Store store, Clock clock) {
        return new com.alluressories.caredesk.staff.StaffService(store, clock, new com.alluressories.caredesk.staff.PinHasher(),
                new com.alluressories.caredesk.staff.AuditLog(store, clock));
    }

    static com.alluressories.caredesk.staff.StaffService staff(Store store) {
        return new com.alluressories.caredesk.staff.StaffService(store, CLOCK, new com.alluressories.caredesk.staff.PinHasher(),
                new com.alluressories.caredesk.staff.AuditLog(store, CLOCK));
    }

    /** A PC updated before head office holds its changes back (nothing dropped at the hub) until the hub is updated. */
    @Test
    void aPcNewerThanTheHubWaitsForHeadOffice() throws Exception {
        JoinCode code = ledger.register("NW", ChainRole.SHOP, false);
        try (Store nw = Store.open(dir.resolve("nw"));
             NodeSync joined = NodeSync.join(nw, false, hub.url(), code, CLOCK, Duration.ofSeconds(60))) {
            joined.syncOnce(Duration.ofSeconds(60));
            ledger.announceSchema(com.alluressories.caredesk.store.Store.SCHEMA_VERSION - 1);
            Thread.sleep(2_000); // the hub routes its word within half a second
            try {
                nw.write(c -> {
                    ReceiptRepository.insert(c, receipt("NW-HELD-1"));
                    return null;
                });
                assertThatThrownBy(() -> joined.syncOnce(Duration.ofSeconds(60)))
                        .isInstanceOfSatisfying(ChainException.class, e -> assertThat(e.key()).isEqualTo("chain.sync.hubOlder"));
                assertThat(SyncStatus.of(nw, Duration.ofSeconds(3)).pendingOut()).as("held back, not lost").isPositive();
            } finally {
                ledger.announceSchema(com.alluressories.caredesk.store.Store.SCHEMA_VERSION);
            }
            joined.syncOnce(Duration.ofSeconds(60));
            assertThat(SyncStatus.of(nw, Duration.ofSeconds(3)).pendingOut()).isZero();
        }
    }

    @Test
    void theWindowJoinsOnTheLinksThreadAndTheLinkThenSyncsTheJoinedPcByItself() throws Exception {
        JoinCode code = ledger.register("TP", ChainRole.SHOP, false);
        try (Store tp = Store.open(dir.resolve("tp"));
             com.alluressories.caredesk.app.ChainLink link = new com.alluressories.caredesk.app.ChainLink(tp, CLOCK)) {
            tp.write(c -> {
                ReceiptRepository.insert(c, receipt("TP-2026-000123"));
                return null;
            });
            java.util.concurrent.atomic.AtomicReference<SyncStatus> last = new java.util.concurrent.atomic.AtomicReference<>();
            link.start(last::set);
            JoinCode wrong = new JoinCode(false, "TP", "AAAA-BBBB-CCCC-DDDD");
            assertThatThrownBy(() -> link.join(false, hub.url(), wrong, JoinProgress.NONE))
                    .isInstanceOfSatisfying(ChainException.class, e -> assertThat(e.key()).isEqualTo("chain.join.refused"));
            assertThat(Membership.of(tp)).isEmpty();

            List<long[]> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
            SyncStatus joined = link.join(false, hub.url(), code, (rows, total) -> progress.add(new long[] {rows, total}));
            assertThat(progress).as("the join tells how far the sales history has come").isNotEmpty();
            assertThat(progress.get(progress.size() - 1)[0]).as("all of it, in the end")
                    .isEqualTo(progress.get(progress.size() - 1)[1]);
            assertThat(joined.node()).isEqualTo("TP");
            assertThat(joined.state()).isEqualTo(SyncStatus.ONLINE);
            assertThat(joined.pendingOut()).as("what the PC held went up").isZero();
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
            while ((last.get() == null || !"TP".equals(last.get().node())) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(last.get().node()).as("the link's own rounds").isEqualTo("TP");
        }
    }

    @Test
    void aDemoStoreNeverJoinsARealHub() throws Exception {
        JoinCode code = ledger.register("DM", ChainRole.SHOP, false);
        try (Store demo = Store.open(dir.resolve("demo"))) {
            assertThatThrownBy(() -> NodeSync.join(demo, true, hub.url(), code, CLOCK, Duration.ofSeconds(5)))
                    .isInstanceOfSatisfying(ChainException.class, e -> assertThat(e.key()).isEqualTo("chain.join.demoStore"));
        }
    }

    static Receipt receipt(String no) {
        return new Receipt(no, "CWB", LocalDateTime.parse("2026-11-20T15:30"), Optional.of("Chan Tai Man"),
                Optional.of("91234567"), List.of(new ReceiptLine(1, "SKU-1", "Silver ring", Metal.SILVER, Set.of(),
                new BigDecimal("880.00"), new BigDecimal("880.00"))));
    }

    static List<String> receipts(Store store) {
        return store.read(c -> {
            List<String> out = new java.util.ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT r.receipt_no FROM receipt r JOIN receipt_line l ON l.receipt_id = r.id ORDER BY 1")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    static List<String> roles(Store store) {
        return store.read(c -> {
            List<String> out = new java.util.ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT node_code || ' ' || role FROM chain_node ORDER BY 1")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }
}
