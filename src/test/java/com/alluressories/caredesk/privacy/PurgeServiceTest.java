package com.alluressories.caredesk.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.alluressories.caredesk.claim.ClaimSummary;
import com.alluressories.caredesk.claim.PhotoStore;
import com.alluressories.caredesk.policy.PolicyLoader;
import com.alluressories.caredesk.report.Report;
import com.alluressories.caredesk.report.ReportScope;
import com.alluressories.caredesk.report.ReportService;
import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.staff.StaffFixture;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.store.StoredTime;
import com.alluressories.caredesk.ticket.Ticket;
import com.alluressories.caredesk.ticket.TicketFixture;
import com.alluressories.caredesk.ticket.TicketService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The retention schedule at its edges, with the clock set to the day before, the day and the day
 * after each limit: a silver piece's receipt (3-month warranty + 12 months), an 18K gold one's
 * (24 + 12), a claim and ticket 24 months after collection, a claim that never became a ticket.
 * A dry run changes nothing; a purge keeps every figure the reports use, deletes the photos, and
 * leaves the audit trail whole.
 */
class PurgeServiceTest {
    private static final ZoneId HK = ZoneId.of("Asia/Hong_Kong");
    /** The day every piece below happened. */
    private static final LocalDate DAY = LocalDate.of(2023, 6, 15);

    @TempDir
    Path dir;

    private static Clock at(LocalDate day) {
        return Clock.fixed(day.atTime(10, 0).atZone(HK).toInstant(), HK);
    }

    private static PurgeService purge(Store store, LocalDate today) {
        return new PurgeService(store, at(today), PolicyLoader.bundled(), new AuditLog(store, at(today)),
                () -> StaffFixture.manager("1001", "Mandy Kwok"), () -> "TST");
    }

    private static void sql(Store store, String... statements) {
        store.write(c -> {
            try (Statement st = c.createStatement()) {
                for (String s : statements) {
                    st.executeUpdate(s);
                }
            }
            return null;
        });
    }

    private static void receipt(Store store, long id, String metal) {
        sql(store, "INSERT INTO receipt (id, receipt_no, shop_code, purchased_at, customer_name, customer_phone) VALUES ("
                + id + ", 'TST-" + id + "', 'TST', " + StoredTime.encode(DAY.atTime(15, 0)) + ", 'Lee Ka Yan', '91234567')",
                "INSERT INTO receipt_line (receipt_id, line_no, sku, description, metal, stones, list_price_cents, "
                        + "paid_price_cents) VALUES (" + id + ", 1, 'SKU', 'Ring', '" + metal + "', '', 100000, 100000)");
    }

    @Test
    void aReceiptIsKeptUntilItsLongestWarrantyPlusTwelveMonthsThenLosesItsCustomer() {
        try (Store store = Store.open(dir)) {
            receipt(store, 1, "SILVER");
            receipt(store, 2, "18K_GOLD");
            // Silver: 3 months' warranty, kept 12 months more: to 15 September 2024, gone the day after.
            assertThat(purge(store, DAY.plusMonths(15).minusDays(1)).purge(true).receipts()).isZero();
            assertThat(purge(store, DAY.plusMonths(15)).purge(true).receipts()).isZero();
            assertThat(purge(store, DAY.plusMonths(15).plusDays(1)).purge(true).receipts()).isEqualTo(1);
            // 18K gold: 24 months' warranty, kept to 15 June 2026.
            assertThat(purge(store, DAY.plusMonths(36)).purge(true).receipts()).isEqualTo(1);
            assertThat(purge(store, DAY.plusMonths(36).plusDays(1)).purge(true).receipts()).isEqualTo(2);

            PurgeResult done = purge(store, DAY.plusMonths(15).plusDays(1)).purge(false);
            assertThat(done.dryRun()).isFalse();
            assertThat(done.receipts()).isEqualTo(1);
            List<String> customers = store.read(c -> {
                List<String> out = new java.util.ArrayList<>();
                try (Statement st = c.createStatement(); var rs = st.executeQuery(
                        "SELECT id || ':' || ifnull(customer_name, '-') || ':' || ifnull(customer_phone, '-') "
                                + "|| ':' || (SELECT count(*) FROM receipt_line l WHERE l.receipt_id = receipt.id) "
                                + "FROM receipt ORDER BY id")) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            });
            // The sale stays, with its line; only the person goes.
            assertThat(customers).containsExactly("1:-:-:1", "2:Lee Ka Yan:91234567:1");
            // Once done, nothing more is due that day.
            assertThat(purge(store, DAY.plusMonths(15).plusDays(1)).purge(true).receipts()).isZero();
        }
    }

    @Test
    void aClaimAndItsTicketAreKeptTwentyFourMonthsAfterCollectionAndTheFiguresStay() throws Exception {
        try (Store store = Store.open(dir)) {
            Clock then = at(DAY);
            ClaimSummary collected = TicketFixture.warranty(store, then);
            ClaimSummary open = TicketFixture.chargeable(store, then);
            ClaimSummary neverTicketed = TicketFixture.claim(store, then, "Ho Ka Yan", "98765432",
                    java.util.Set.of("TARNISH"));
            TicketService tickets = new TicketService(store, then, () -> StaffFixture.staff("2001", "Amy Lee"),
                    new AuditLog(store, then));
            Ticket done = tickets.open(collected, "TST", DAY.plusDays(7));
            Ticket waiting = tickets.open(open, "TST", DAY.plusDays(7));
            tickets.startRepair(done.ticketNo(), java.util.Optional.empty(), java.util.Optional.empty(),
                    "Chan Tai Man asked for a call");
            sql(store, "UPDATE ticket SET state = 'COLLECTED', collected_at = " + StoredTime.encode(DAY.atTime(16, 0))
                    + " WHERE ticket_no = '" + done.ticketNo() + "'");
            // A photo of the collected piece's claim, on disk and in the store.
            String sha = "ab" + "0".repeat(62);
            Path photo = PhotoStore.file(PhotoStore.folder(store.dataDir()), sha, "image/jpeg");
            Files.createDirectories(photo.getParent());
            Files.write(photo, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            sql(store, "INSERT INTO photo (sha256, media_type, data) VALUES ('" + sha + "', 'image/jpeg', '')",
                    "INSERT INTO claim_photo (claim_id, position, sha256, media_type, file_name) VALUES ("
                            + collected.id() + ", 1, '" + sha + "', 'image/jpeg', 'clasp.jpg')");

            ReportService reports = new ReportService(store, at(DAY.plusMonths(25)), PolicyLoader.bundled(), () -> { });
            Report before = reports.report(ReportScope.allTime());
            assertThat(purge(store, DAY.plusMonths(24)).purge(true)).extracting(PurgeResult::claims,
                    PurgeResult::tickets).containsExactly(0L, 0L);
            PurgeResult dry = purge(store, DAY.plusMonths(24).plusDays(1)).purge(true);
            assertThat(dry).extracting(PurgeResult::claims, PurgeResult::tickets, PurgeResult::photos)
                    .containsExactly(2L, 1L, 1L);
            assertThat(Files.exists(photo)).as("a dry run deletes nothing").isTrue();
            assertThat(last4(store, done.ticketNo())).isEqualTo("4567");

            PurgeResult real = purge(store, DAY.plusMonths(24).plusDays(1)).purge(false);
            assertThat(real).extracting(PurgeResult::claims, PurgeResult::tickets, PurgeResult::photos)
                    .containsExactly(2L, 1L, 1L);
            assertThat(Files.exists(photo)).isFalse();
            List<String> claims = store.read(c -> {
                List<String> out = new java.util.ArrayList<>();
                try (Statement st = c.createStatement(); var rs = st.executeQuery("SELECT id || ':' || customer_name || ':' "
                        + "|| customer_phone || ':' || final_verdict || ':' || findings FROM claim ORDER BY id")) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            });
            assertThat(claims).containsExactlyInAnyOrder(
                    collected.id() + ":(removed)::WARRANTY_REPAIR:MANUFACTURING_DEFECT",
                    open.id() + ":Wong Mei Ling:61234567:CHARGEABLE_REPAIR:WORN_CHAIN",
                    neverTicketed.id() + ":(removed)::CHARGEABLE_REPAIR:TARNISH");
            assertThat(last4(store, done.ticketNo())).isEmpty();
            assertThat(last4(store, waiting.ticketNo())).isEqualTo("4567");
            assertThat(tickets.events(done.ticketNo())).allSatisfy(e -> assertThat(e.note()).isEmpty())
                    .hasSize(2);
            // Every figure the reports use stays; the audit trail is whole and says what was done, in counts.
            assertThat(reports.report(ReportScope.allTime())).isEqualTo(before);
            AuditLog audit = new AuditLog(store, at(DAY.plusMonths(25)));
            assertThat(audit.verify().intact()).isTrue();
            String last = store.read(c -> {
                try (Statement st = c.createStatement(); var rs = st.executeQuery(
                        "SELECT action || ' ' || details FROM audit_log ORDER BY seq DESC LIMIT 1")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(last).startsWith("PURGE_RUN").contains("\"claims\":2").doesNotContain("Chan Tai Man");
        }
    }

    private static String last4(Store store, String ticketNo) {
        return store.read(c -> {
            try (var ps = c.prepareStatement("SELECT customer_last4 FROM ticket WHERE ticket_no = ?")) {
                ps.setString(1, ticketNo);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
    }

    @Test
    void aManagerSetsTheScheduleWithinItsLimits() {
        try (Store store = Store.open(dir)) {
            PurgeService purge = purge(store, DAY);
            assertThat(purge.schedule()).isEqualTo(RetentionSchedule.DEFAULT);
            purge.setSchedule(StaffFixture.manager("1001", "Mandy Kwok"), new RetentionSchedule(18, 36));
            assertThat(purge.schedule()).isEqualTo(new RetentionSchedule(18, 36));
            assertThatThrownBy(() -> new RetentionSchedule(6, 24)).isInstanceOfSatisfying(PrivacyException.class,
                    e -> assertThat(e.key()).isEqualTo("privacy.schedule.receipts"));
            assertThatThrownBy(() -> new RetentionSchedule(12, 120)).isInstanceOf(PrivacyException.class);
            assertThatThrownBy(() -> purge.setSchedule(StaffFixture.staff("2001", "Amy Lee"),
                    new RetentionSchedule(12, 24))).isInstanceOf(
                    com.alluressories.caredesk.staff.NotAllowedException.class);
        }
    }
}
