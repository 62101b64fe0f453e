package com.alluressories.caredesk.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.claim.ClaimDraft;
import com.alluressories.caredesk.claim.ClaimService;
import com.alluressories.caredesk.claim.ClaimSummary;
import com.alluressories.caredesk.claim.VerdictOverride;
import com.alluressories.caredesk.demo.DemoShop;
import com.alluressories.caredesk.policy.Metal;
import com.alluressories.caredesk.policy.PolicyLoader;
import com.alluressories.caredesk.policy.Sale;
import com.alluressories.caredesk.policy.Stone;
import com.alluressories.caredesk.policy.Verdict;
import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.staff.StaffFixture;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.ticket.Ticket;
import com.alluressories.caredesk.ticket.TicketService;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit trail can never be edited, so it must never hold a customer's personal data: entries
 * name tickets, claims and receipts by number. Checked over the demo's whole history and over the
 * words staff type about a customer (a manager's reason, a step's note), which stay on the claim
 * and the ticket, where a purge can reach them.
 */
class AuditHoldsNoPersonalDataTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Hong_Kong"));

    @TempDir
    Path dir;

    @Test
    void noCustomersNameOrPhoneIsInAnyEntry() {
        try (Store store = Store.open(dir)) {
            DemoShop.fill(store, CLOCK);
            AuditLog audit = new AuditLog(store, CLOCK);
            Actor counter = StaffFixture.staff("2001", "Amy Lee");
            ClaimService claims = new ClaimService(store, PolicyLoader.bundled(), CLOCK, () -> "TST", () -> counter, audit);
            ClaimSummary claim = claims.save(new ClaimDraft(Optional.empty(), Optional.empty(),
                    Optional.of(new Sale(LocalDate.parse("2026-11-01"), new BigDecimal("1280"), new BigDecimal("1280"))),
                    "Pearl bracelet", Optional.of("BS-PRL-04"), Metal.SILVER, Set.of(Stone.PEARL), "Szeto Wing Yan",
                    "96543210", "Clasp does not close", "Szeto Wing Yan called from 96543210", Set.of("WORN_PRONG"),
                    List.of(), Optional.of(new VerdictOverride(Verdict.WARRANTY_REPAIR,
                            "Szeto Wing Yan (96543210) is a regular: goodwill")), true),
                    StaffFixture.approved(counter, "1001", "Mandy Wong"));
            TicketService tickets = new TicketService(store, CLOCK, () -> counter, audit);
            Ticket ticket = tickets.open(claim, "TST", LocalDate.parse("2026-12-04"));
            tickets.startRepair(ticket.ticketNo(), Optional.empty(), Optional.empty(),
                    "Told Szeto Wing Yan on 96543210 it takes a week");

            List<String> entries = store.read(AuditHoldsNoPersonalDataTest::entries);
            Set<String> staff = store.read(c -> column(c, "SELECT display_name FROM staff"));
            staff.add("Amy Lee");
            staff.add("Mandy Wong");
            Set<String> names = store.read(c -> column(c, "SELECT customer_name FROM claim UNION "
                    + "SELECT customer_name FROM receipt WHERE customer_name IS NOT NULL"));
            Set<String> phones = store.read(c -> column(c, "SELECT customer_phone FROM claim UNION "
                    + "SELECT customer_phone FROM receipt WHERE customer_phone IS NOT NULL"));
            names.removeAll(staff);
            assertThat(names).contains("Szeto Wing Yan").hasSizeGreaterThan(20);
            assertThat(phones).contains("96543210");
            assertThat(entries).hasSizeGreaterThan(100);
            for (String entry : entries) {
                assertThat(names).as(entry).noneMatch(entry::contains);
                assertThat(phones).as(entry).noneMatch(entry::contains);
            }
            // The words stay where they belong: on the claim and in the ticket's history.
            assertThat(claims.get(claim.id()).orElseThrow().override().orElseThrow().reason()).contains("Szeto Wing Yan");
            assertThat(tickets.events(ticket.ticketNo())).anyMatch(e -> e.note().contains("96543210"));
        }
    }

    private static List<String> entries(Connection c) throws java.sql.SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT action, record, details FROM audit_log ORDER BY seq")) {
            while (rs.next()) {
                out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        return out;
    }

    private static Set<String> column(Connection c, String sql) throws java.sql.SQLException {
        Set<String> out = new HashSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
