package com.alluressories.caredesk.chain;

import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.claim.ClaimDraft;
import com.alluressories.caredesk.claim.ClaimService;
import com.alluressories.caredesk.claim.ClaimSummary;
import com.alluressories.caredesk.claim.Photo;
import com.alluressories.caredesk.claim.PhotoStore;
import com.alluressories.caredesk.policy.Metal;
import com.alluressories.caredesk.policy.PolicyLoader;
import com.alluressories.caredesk.policy.Sale;
import com.alluressories.caredesk.policy.Stone;
import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.AuditCheck;
import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.staff.StaffFixture;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.ticket.Outcome;
import com.alluressories.caredesk.ticket.Ticket;
import com.alluressories.caredesk.ticket.TicketEvent;
import com.alluressories.caredesk.ticket.TicketService;
import com.alluressories.caredesk.ticket.TicketState;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Claims, photos and tickets across the chain, on a hub with an embedded SQLite file and three
 * nodes (two shops and the workshop) on loopback: what one PC takes in, every PC sees; a ticket
 * acted on at two PCs while apart ends the same everywhere, with nothing lost; every PC's audit
 * trail verifies at the hub, and an entry edited at a shop is caught there.
 */
class ChainTicketsTest {
    @TempDir
    static Path dir;
    static Hub hub;
    static HubDatabase hubDb;
    static HubLedger ledger;
    static final Clock CLOCK = Clock.systemUTC();
    static final Duration SYNC_WAIT = Duration.ofSeconds(120);
    /** The tables every node must hold alike, with the columns that travel. */
    static final Map<String, String> SHARED = Map.of(
            "claim", "SELECT * FROM claim ORDER BY id",
            "claim_photo", "SELECT * FROM claim_photo ORDER BY claim_id, position",
            "photo", "SELECT * FROM photo ORDER BY sha256",
            "ticket", "SELECT id, uuid, ticket_no, shop_code, claim_id, chargeable, created_at, promised_date, "
                    + "customer_last4, state, workshop, quote_cents, outcome, final_charge_cents, collected_at, conflicts "
                    + "FROM ticket ORDER BY id",
            "ticket_event", "SELECT * FROM ticket_event ORDER BY event_id",
            "ticket_print", "SELECT * FROM ticket_print ORDER BY print_id");

    @BeforeAll
    static void startHub() throws Exception {
        hubDb = HubDatabase.embedded(dir.resolve("hub"));
        hub = TestHub.start(dir.resolve("hub"), CLOCK);
        ledger = new HubLedger(hubDb, CLOCK);
    }

    @AfterAll
    static void stopHub() {
        if (hub != null) {
            hub.close();
        }
    }

    /** One PC: its store, its engine, and the services its counter uses, as Amy of that shop. */
    record Pc(String code, Store store, NodeSync engine, ClaimService claims, TicketService tickets) implements AutoCloseable {
        static Pc join(String code, ChainRole role) {
            Store store = Store.open(dir.resolve(code.toLowerCase()));
            NodeSync sync = NodeSync.join(store, false, hub.url(), ledger.register(code, role, false), CLOCK, SYNC_WAIT,
                    Services.STORED_DATA);
            Actor amy = StaffFixture.staff("2001", "Amy Lee");
            AuditLog audit = new AuditLog(store, CLOCK);
            return new Pc(code, store, sync, new ClaimService(store, PolicyLoader.bundled(), CLOCK, () -> code, () -> amy,
                    audit), new TicketService(store, CLOCK, () -> amy, audit));
        }

        void sync() {
            engine.syncOnce(SYNC_WAIT);
        }

        @Override
        public void close() {
            engine.close();
            store.close();
        }
    }

    @Test
    void aTicketTakenInAtOneShopIsWorkedEverywhereAndEndsTheSameOnEveryPc() throws Exception {
        try (Pc a = Pc.join("SA", ChainRole.SHOP); Pc b = Pc.join("SB", ChainRole.SHOP);
             Pc ws = Pc.join("WS", ChainRole.WORKSHOP)) {
            // Shop A takes in a claim with a photo and opens its ticket.
            Path image = dir.resolve("clasp.png");
            byte[] bytes = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4, 5, 6, 7, 8};
            Files.write(image, bytes);
            Photo photo = new PhotoStore(a.store().dataDir()).add(image);
            ClaimSummary claim = a.claims().save(draft(List.of(photo)));
            Ticket opened = a.tickets().open(claim, "SA", LocalDate.now(CLOCK).plusDays(7));
            a.tickets().startRepair(opened.ticketNo(), Optional.of("Kwun Tong"), Optional.empty(), "");
            a.sync();
            ws.sync();
            b.sync();

            for (Pc pc : List.of(ws, b)) {
                Ticket there = pc.tickets().get(opened.ticketNo()).orElseThrow();
                assertThat(there.state()).as("at %s", pc.code()).isEqualTo(TicketState.IN_REPAIR);
                assertThat(there.workshop()).contains("Kwun Tong");
                assertThat(there.customerName()).isEqualTo("Chan Tai Man");
                // The language the customer asked for at intake travels with the claim.
                assertThat(there.customerLanguage().map(java.util.Locale::getLanguage)).contains("zh");
                List<Photo> photos = pc.claims().photos(there.claimId());
                assertThat(photos).extracting(Photo::sha256).containsExactly(photo.sha256());
                assertThat(Files.readAllBytes(new PhotoStore(pc.store().dataDir()).path(photos.get(0))))
                        .as("the photo's file at %s", pc.code()).isEqualTo(bytes);
            }

            // Apart: the workshop marks it ready while shop A, not knowing, does the same.
            ws.tickets().ready(opened.ticketNo(), Outcome.REPAIRED, Optional.empty(), "clasp replaced");
            a.tickets().ready(opened.ticketNo(), Outcome.REPAIRED, Optional.empty(), "done at the counter");
            ws.sync();
            a.sync();
            b.sync();
            ws.sync();
            // Shop B hands it over to the customer, who chose to collect there.
            b.tickets().collect(opened.ticketNo(), "4567", Optional.empty(), "");
            b.sync();
            a.sync();
            ws.sync();

            String expected = null;
            for (Pc pc : List.of(a, b, ws)) {
                Ticket t = pc.tickets().get(opened.ticketNo()).orElseThrow();
                assertThat(t.state()).as("at %s", pc.code()).isEqualTo(TicketState.COLLECTED);
                assertThat(t.conflicts()).as("the second 'ready' is kept and flagged at %s", pc.code()).isEqualTo(1);
                List<TicketEvent> history = pc.tickets().events(opened.ticketNo());
                assertThat(history).as("every step, once, at %s", pc.code()).hasSize(5);
                assertThat(history).filteredOn(e -> !e.applied()).hasSize(1);
                String hash = tablesHash(pc.store());
                if (expected == null) {
                    expected = hash;
                }
                assertThat(hash).as("the shared tables at %s", pc.code()).isEqualTo(expected);
            }

            // Every PC's audit trail is at the hub, whole.
            Map<String, AuditCheck> atHub = new HubAudit(hubDb).verify();
            assertThat(atHub).containsKeys("SA", "SB", "WS");
            assertThat(atHub.get("SA").intact()).as(atHub.get("SA").describe()).isTrue();
            assertThat(atHub.get("SA").entries()).isEqualTo(a.store().read(c -> count(c, "audit_log")));

            // Someone edits an entry on shop A's PC, with the store's guards removed.
            a.store().write(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("DROP TRIGGER audit_log_no_update");
                    st.execute("UPDATE audit_log SET details = '{}' WHERE seq = 2");
                }
                return null;
            });
            a.sync();
            AuditCheck sa = new HubAudit(hubDb).verify().get("SA");
            assertThat(sa.intact()).isFalse();
            assertThat(sa.brokenSeq()).contains(2L);

            // At shop B someone does it properly: edits entry 1 and re-hashes every entry after it,
            // so that B's own trail walks clean — head office still holds what B first sent.
            b.store().write(c -> {
                rehashFrom1(c);
                return null;
            });
            assertThat(new AuditLog(b.store(), CLOCK).verify().intact()).as("B's own walk is fooled").isTrue();
            b.sync();
            b.sync();
            AuditCheck sb = new HubAudit(hubDb).verify().get("SB");
            assertThat(sb.intact()).as("at the hub: %s", hubRows("SB")).isFalse();
            assertThat(sb.kind()).isEqualTo(AuditCheck.Kind.CHANGED_SINCE_SENT);
            assertThat(sb.brokenSeq()).contains(1L);
            Optional<AuditCheck> atB = AuditHead.compare(b.store());
            assertThat(atB).as("B against head office's copy").isPresent();
            assertThat(atB.get().kind()).isEqualTo(AuditCheck.Kind.DIFFERS_FROM_HUB);
            assertThat(AuditHead.compare(ws.store())).as("the workshop's trail matches head office's")
                    .hasValueSatisfying(check -> assertThat(check.intact()).isTrue());
            assertThat(new HubAudit(hubDb).verify().get("WS").intact()).isTrue();
        }
    }

    static List<String> hubRows(String node) throws java.sql.SQLException {
        try (java.sql.Connection c = hubDb.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT seq || ' ' || hash || ' ' || coalesce(first_hash, 'null') FROM node_audit WHERE node_code = '"
                        + node + "' AND seq <= 3")) {
            List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    /** Changes entry 1's details and re-hashes every entry from there on, as someone who knows the scheme would. */
    static void rehashFrom1(java.sql.Connection c) throws java.sql.SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER audit_log_no_update");
        }
        List<Object[]> rows = new java.util.ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT seq, at, staff_no, staff_name, "
                + "approved_no, approved_name, action, record, details FROM audit_log ORDER BY seq")) {
            while (rs.next()) {
                rows.add(new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)});
            }
        }
        String prev = AuditLog.GENESIS;
        for (Object[] r : rows) {
            long seq = (Long) r[0];
            String details = seq == 1 ? "{\"edited\":true}" : (String) r[8];
            String hash = AuditLog.hashOf(seq, (Long) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    (String) r[6], (String) r[7], details, prev);
            try (java.sql.PreparedStatement ps = c.prepareStatement(
                    "UPDATE audit_log SET details = ?, prev_hash = ?, hash = ? WHERE seq = ?")) {
                ps.setString(1, details);
                ps.setString(2, prev);
                ps.setString(3, hash);
                ps.setLong(4, seq);
                ps.executeUpdate();
            }
            prev = hash;
        }
        com.alluressories.caredesk.store.Settings.put(c, "audit.head", rows.size() + ":" + prev);
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN "
                    + "SELECT RAISE(ABORT, 'the audit trail is append-only: entries cannot be changed'); END");
        }
    }

    static ClaimDraft draft(List<Photo> photos) {
        LocalDate bought = LocalDate.now(CLOCK).minusDays(20);
        return new ClaimDraft(Optional.of("SA-R1"), Optional.of(1),
                Optional.of(new Sale(bought, new BigDecimal("1280"), new BigDecimal("1280"))), "Pearl bracelet",
                Optional.of("BS-PRL-04"), Metal.SILVER, Set.of(Stone.PEARL), "Chan Tai Man", "91234567", "Clasp broken",
                "", Set.of("MANUFACTURING_DEFECT"), photos, Optional.empty(), true,
                Optional.of(com.alluressories.caredesk.text.Bundles.CHINESE));
    }

    static long count(java.sql.Connection c, String table) throws java.sql.SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** One SHA-256 over every shared table's rows, in key order. */
    static String tablesHash(Store store) {
        return store.read(c -> {
            MessageDigest sha;
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            for (String table : List.copyOf(new java.util.TreeSet<>(SHARED.keySet()))) {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(SHARED.get(table))) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            sha.update(String.valueOf(rs.getString(i)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                            sha.update((byte) 0);
                        }
                    }
                }
                sha.update(table.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        });
    }
}
