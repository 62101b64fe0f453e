package com.alluressories.caredesk.chain;

import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.claim.ClaimService;
import com.alluressories.caredesk.claim.ClaimSummary;
import com.alluressories.caredesk.claim.Photo;
import com.alluressories.caredesk.claim.PhotoStore;
import com.alluressories.caredesk.policy.PolicyLoader;
import com.alluressories.caredesk.privacy.CorrectionService;
import com.alluressories.caredesk.privacy.PurgeResult;
import com.alluressories.caredesk.privacy.PurgeService;
import com.alluressories.caredesk.receipt.ReceiptRepository;
import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.staff.StaffFixture;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.ticket.Outcome;
import com.alluressories.caredesk.ticket.Ticket;
import com.alluressories.caredesk.ticket.TicketService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A purge and a correction across the chain (hub on an embedded SQLite file, PCs on loopback): what
 * one shop removes is removed at the hub, at a shop that was offline meanwhile (whatever that shop
 * did while apart) and at a PC that joins afterwards; two corrections of one customer made apart
 * end as the newer one everywhere.
 */
class ChainPrivacyTest {
    @TempDir
    static Path dir;
    static Hub hub;
    static HubDatabase hubDb;
    static HubLedger ledger;
    static final Clock CLOCK = Clock.systemUTC();
    /** Far enough ahead that everything collected today is due for removal. */
    static final Clock YEARS_LATER = Clock.offset(CLOCK, Duration.ofDays(365 * 6));
    static final Duration SYNC_WAIT = Duration.ofSeconds(120);

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

    /** One PC with its services, as Amy of that shop; {@code clock} is what its corrections are stamped with. */
    record Pc(String code, Store store, NodeSync engine, ClaimService claims, TicketService tickets,
              CorrectionService corrections) implements AutoCloseable {
        static Pc join(String code, Clock clock) {
            Store store = Store.open(dir.resolve(code.toLowerCase()));
            NodeSync sync = NodeSync.join(store, false, hub.url(), ledger.register(code, ChainRole.SHOP, false), CLOCK,
                    SYNC_WAIT, Services.STORED_DATA);
            Actor amy = StaffFixture.manager("2001", "Amy Lee");
            AuditLog audit = new AuditLog(store, CLOCK);
            return new Pc(code, store, sync, new ClaimService(store, PolicyLoader.bundled(), CLOCK, () -> code, () -> amy,
                    audit), new TicketService(store, CLOCK, () -> amy, audit),
                    new CorrectionService(store, clock, audit, () -> amy));
        }

        PurgeResult purgeYearsLater() {
            Actor amy = StaffFixture.manager("2001", "Amy Lee");
            return new PurgeService(store, YEARS_LATER, PolicyLoader.bundled(), new AuditLog(store, CLOCK), () -> amy,
                    () -> code).purge(false);
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
    void aPurgeReachesEveryPcAndNothingBringsTheCustomerBack() throws Exception {
        try (Pc a = Pc.join("PA", CLOCK); Pc b = Pc.join("PB", CLOCK)) {
            a.store().write(c -> {
                ReceiptRepository.insert(c, ChainTest.receipt("SA-R1"));
                return null;
            });
            Path image = dir.resolve("clasp.png");
            Files.write(image, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 9, 9, 9, 9});
            Photo photo = new PhotoStore(a.store().dataDir()).add(image);
            Path photoFile = new PhotoStore(a.store().dataDir()).path(photo);
            ClaimSummary claim = a.claims().save(ChainTicketsTest.draft(List.of(photo)));
            Ticket ticket = a.tickets().open(claim, "PA", LocalDate.now(CLOCK).plusDays(7));
            a.tickets().startRepair(ticket.ticketNo(), Optional.of("Kwun Tong"), Optional.empty(), "");
            a.tickets().ready(ticket.ticketNo(), Outcome.REPAIRED, Optional.empty(), "Mr Chan rang, collects Friday");
            a.tickets().collect(ticket.ticketNo(), "4567", Optional.empty(), "");
            a.sync();
            b.sync();
            assertThat(one(b.store(), "SELECT customer_name FROM claim WHERE id = " + claim.id())).isEqualTo("Chan Tai Man");

            // Shop B is offline from here on: it sends a message about the piece and re-imports the sale.
            b.tickets().recordNotice(ticket.ticketNo(), "READY", "SMS", "Dear Mr Chan Tai Man, thank you");
            b.store().write(c -> {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("UPDATE receipt SET customer_name = 'CHAN TAI MAN' WHERE receipt_no = 'SA-R1'");
                }
                return null;
            });
            // Years later by shop A's schedule, A removes the customer.
            PurgeResult purged = a.purgeYearsLater();
            assertThat(purged.claims()).as("this claim, and any the other test left").isPositive();
            assertThat(purged.receipts()).isPositive();
            assertThat(photoFile).doesNotExist();
            a.sync();

            try (Connection c = hubDb.connect()) {
                assertThat(one(c, "SELECT customer_name FROM claim WHERE id = " + claim.id())).isEqualTo("(removed)");
                assertThat(one(c, "SELECT coalesce(customer_name, 'none') FROM receipt WHERE receipt_no = 'SA-R1'"))
                        .isEqualTo("none");
                assertThat(one(c, "SELECT count(*) FROM photo")).isEqualTo("0");
            }
            // B's own daily run removes the same customer while apart: the same erasures, made twice.
            assertThat(b.purgeYearsLater().claims()).isPositive();
            // B comes back: what it did while apart goes up, the erasure comes down.
            b.sync();
            a.sync();
            b.sync();
            for (Pc pc : List.of(a, b)) {
                assertThat(pc.store().read(SymTables::loadErrors)).as("batches that failed to load at %s", pc.code())
                        .isEmpty();
                assertThat(one(pc.store(), "SELECT count(*) FROM erasure WHERE kind = 'claim' AND target_id = "
                        + claim.id())).as("one erasure of the claim at %s", pc.code()).isEqualTo("1");
            }
            try (Connection c = hubDb.connect()) {
                assertThat(one(c, "SELECT count(*) FROM erasure WHERE kind = 'claim' AND target_id = " + claim.id()))
                        .isEqualTo("1");
                assertThat(SymTables.loadErrors(c)).as("batches that failed to load at the hub").isEmpty();
            }
            try (Pc late = Pc.join("PC", CLOCK)) {
                late.sync();
                for (Pc pc : List.of(a, b, late)) {
                    Store s = pc.store();
                    assertThat(one(s, "SELECT customer_name || '|' || customer_phone || '|' || notes FROM claim WHERE id = "
                            + claim.id())).as("the claim at %s", pc.code()).isEqualTo("(removed)||");
                    assertThat(one(s, "SELECT item_description || ' ' || final_verdict FROM claim WHERE id = " + claim.id()))
                            .as("the decision stays at %s", pc.code()).isEqualTo("Pearl bracelet WARRANTY_REPAIR");
                    assertThat(one(s, "SELECT coalesce(customer_name, 'none') || coalesce(customer_phone, '') FROM receipt "
                            + "WHERE receipt_no = 'SA-R1'")).as("the receipt at %s", pc.code()).isEqualTo("none");
                    assertThat(one(s, "SELECT customer_last4 FROM ticket WHERE ticket_no = '" + ticket.ticketNo() + "'"))
                            .as("the ticket at %s", pc.code()).isEmpty();
                    assertThat(all(s, "SELECT note || details FROM ticket_event WHERE ticket_id = " + ticket.id()))
                            .as("the history at %s", pc.code()).isNotEmpty().noneMatch(t -> t.contains("Chan"));
                    assertThat(one(s, "SELECT count(*) FROM claim_photo")).as("photos at %s", pc.code()).isEqualTo("0");
                    assertThat(one(s, "SELECT count(*) FROM photo")).isEqualTo("0");
                    assertThat(pc.tickets().get(ticket.ticketNo()).orElseThrow().state().name()).isEqualTo("COLLECTED");
                }
            }
        }
    }

    @Test
    void twoCorrectionsMadeApartEndAsTheNewerOnEveryPc() throws Exception {
        try (Pc early = Pc.join("PE", CLOCK); Pc later = Pc.join("PL", Clock.offset(CLOCK, Duration.ofMinutes(5)))) {
            early.store().write(c -> {
                ReceiptRepository.insert(c, ChainTest.receipt("SA-R2"));
                return null;
            });
            ClaimSummary claim = early.claims().save(ChainTicketsTest.draft(List.of()));
            Ticket ticket = early.tickets().open(claim, "PE", LocalDate.now(CLOCK).plusDays(7));
            early.sync();
            later.sync();
            // Apart: the later correction (by its clock) reaches the hub first.
            later.corrections().correct("91234567", Optional.empty(), "Chan Tai-man", "6123 4000", "Spelling on the HKID");
            early.corrections().correct("91234567", Optional.empty(), "Chan Da Man", "5111 0000", "Customer asked");
            later.sync();
            early.sync();
            later.sync();
            for (Pc pc : List.of(early, later)) {
                assertThat(one(pc.store(), "SELECT customer_name || ' ' || customer_phone FROM receipt WHERE receipt_no "
                        + "= 'SA-R2'")).as("the receipt at %s", pc.code()).isEqualTo("Chan Tai-man 61234000");
                assertThat(one(pc.store(), "SELECT customer_name || ' ' || customer_phone FROM claim WHERE id = "
                        + claim.id())).as("the claim at %s", pc.code()).isEqualTo("Chan Tai-man 61234000");
                assertThat(pc.tickets().get(ticket.ticketNo()).orElseThrow().customerName()).isEqualTo("Chan Tai-man");
                assertThat(one(pc.store(), "SELECT customer_last4 FROM ticket WHERE id = " + ticket.id()))
                        .isEqualTo("4000");
            }
        }
    }

    private static String one(Store store, String sql) {
        return store.read(c -> one(c, sql));
    }

    private static String one(Connection c, String sql) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static List<String> all(Store store, String sql) {
        return store.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }
}
