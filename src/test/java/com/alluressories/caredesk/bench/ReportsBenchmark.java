package com.alluressories.caredesk.bench;

import com.alluressories.caredesk.report.Figure;
import com.alluressories.caredesk.report.Report;
import com.alluressories.caredesk.report.ReportScope;
import com.alluressories.caredesk.report.ReportService;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.store.StoredTime;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports on a chain's history: 5 years of a 40-shop chain, 500,000 tickets with their claims and
 * four to five events each ({@code -Dbench.tickets=N}; 600 products over five metals and their stones, a tenth
 * taken in without a receipt, overrides by three managers), written straight into a store with their
 * derived columns as TicketHistory would fill them. Times each
 * report (median of 5 after one warm run) for all shops and for one shop, all time, a year and a
 * month, against the yardstick of a bare JDBC aggregate over the same tickets in the same run
 * (count, verdicts and charges in one GROUP BY, no events), and the 1-second target.
 */
@Tag("benchmark")
class ReportsBenchmark {
    private static final ZoneId HK = ZoneId.of("Asia/Hong_Kong");
    private static final String[] VERDICTS = {"WARRANTY_REPAIR", "PARTIAL_WARRANTY", "CHARGEABLE_REPAIR",
        "CHARGEABLE_REPAIR"};
    private static final String[] FINDINGS = {"MANUFACTURING_DEFECT", "GENERAL_WEAR", "PHYSICAL_DAMAGE", "TARNISH",
        "STONE_LOST", "WORN_PRONG", "POLISH_SOAK", "WORN_CHAIN"};

    private static final String[] MANAGERS = {"Mandy Kwok (M001)", "Raymond Lo (M002)", "Grace Tsang (M003)"};

    @TempDir
    Path dir;

    @Test
    void reportsOnFiveYearsOfAFortyShopChain() throws Exception {
        int tickets = Integer.getInteger("bench.tickets", 500_000);
        LocalDate today = LocalDate.of(2026, 11, 27);
        Clock clock = Clock.fixed(today.atTime(15, 0).atZone(HK).toInstant(), HK);
        try (Store store = Store.open(dir)) {
            long t0 = System.nanoTime();
            fill(store, tickets, today);
            System.out.printf(Locale.ROOT, "reports: %,d tickets with claims and events written in %,d ms%n", tickets,
                    (System.nanoTime() - t0) / 1_000_000);
            ReportService reports = new ReportService(store, clock, com.alluressories.caredesk.policy.PolicyLoader.bundled(), () -> { });
            LocalDate year = today.withDayOfYear(1);
            LocalDate month = today.withDayOfMonth(1);
            time(store, reports, "all shops, all time", new ReportScope(Optional.empty(), Optional.empty(), Set.of()));
            time(store, reports, "all shops, this year", new ReportScope(Optional.of(year), Optional.of(today), Set.of()));
            time(store, reports, "all shops, this month", new ReportScope(Optional.of(month), Optional.of(today), Set.of()));
            time(store, reports, "one shop, all time", new ReportScope(Optional.empty(), Optional.empty(), Set.of("S07")));
            time(store, reports, "one shop, this year", new ReportScope(Optional.of(year), Optional.of(today),
                    Set.of("S07")));
            time(store, reports, "one shop, this month", new ReportScope(Optional.of(month), Optional.of(today),
                    Set.of("S07")));
        }
    }

    private static void time(Store store, ReportService reports, String what, ReportScope scope) {
        reports.report(scope);
        long[] ms = new long[5];
        Report last = null;
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            last = reports.report(scope);
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        Arrays.sort(ms);
        long[] bare = new long[5];
        for (int i = 0; i < bare.length; i++) {
            long t0 = System.nanoTime();
            bareAggregate(store, scope);
            bare[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        Arrays.sort(bare);
        System.out.printf(Locale.ROOT, "report %-22s %,8d tickets: median %,5d ms (target < 1,000 ms: %s); bare JDBC "
                + "aggregate %,5d ms, ratio %.1f%n", what, last.ticketsOpened(), ms[2], ms[2] < 1000 ? "met" : "MISSED",
                bare[2], (double) ms[2] / Math.max(1, bare[2]));
        // The tickets behind figures: a product that comes back often, a clause, a month.
        for (Figure figure : List.of(new Figure(Figure.Kind.PRODUCT, "P0003"), new Figure(Figure.Kind.CLAUSE, "MISUSE"),
                new Figure(Figure.Kind.MONTH, last.byMonth().get(last.byMonth().size() - 1).key()))) {
            reports.ticketsBehind(scope, figure);
            long[] behind = new long[5];
            long total = 0;
            for (int i = 0; i < behind.length; i++) {
                long t0 = System.nanoTime();
                total = reports.ticketsBehind(scope, figure).total();
                behind[i] = (System.nanoTime() - t0) / 1_000_000;
            }
            Arrays.sort(behind);
            System.out.printf(Locale.ROOT, "  tickets behind %-28s %,8d tickets: median %,5d ms (%.1f of the report)%n",
                    figure.kind() + " " + figure.code(), total, behind[2], (double) behind[2] / Math.max(1, ms[2]));
        }
    }

    private static void bareAggregate(Store store, ReportScope scope) {
        store.read(c -> {
            String where = " WHERE t.created_at >= ? AND t.created_at < ?"
                    + (scope.shops().isEmpty() ? "" : " AND t.shop_code = ?");
            try (PreparedStatement ps = c.prepareStatement("SELECT c.final_verdict, t.state, count(*), "
                    + "sum(t.final_charge_cents) FROM ticket t JOIN claim c ON c.id = t.claim_id" + where
                    + " GROUP BY c.final_verdict, t.state")) {
                ps.setLong(1, scope.from().map(StoredTime::startOf).orElse(0L));
                ps.setLong(2, scope.to().map(d -> StoredTime.startOf(d.plusDays(1))).orElse(Long.MAX_VALUE));
                if (!scope.shops().isEmpty()) {
                    ps.setString(3, scope.shops().iterator().next());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(3);
                    }
                }
            }
            return null;
        });
    }

    /** Tickets spread evenly over five years and forty shops; the older, the further along. */
    private static void fill(Store store, int tickets, LocalDate today) {
        Random random = new Random(11);
        LocalDateTime start = today.minusYears(5).atTime(10, 0);
        long minutes = java.time.Duration.between(start, today.atTime(10, 0)).toMinutes();
        store.write(c -> {
            try (PreparedStatement claim = c.prepareStatement("INSERT INTO claim (id, uuid, created_at, shop_code, "
                    + "staff_name, customer_name, customer_phone, item_description, metal, complaint, findings, policy_id, "
                    + "policy_version, policy_verdict, warranty_months, final_verdict, override_verdict, override_by, "
                    + "override_reason, decision_json, sku, stones, receipt_no, line_no, warranty_ends) VALUES (?, ?, ?, ?, "
                    + "'Amy Lee', 'Chan Tai Man', '91234567', ?, ?, 'Clasp broken', ?, 'alluressories-hk', '1', ?, ?, ?, "
                    + "?, ?, ?, '{}', ?, ?, ?, ?, ?)");
                 PreparedStatement ticket = c.prepareStatement("INSERT INTO ticket (id, uuid, ticket_no, shop_code, "
                         + "claim_id, chargeable, created_at, promised_date, customer_last4, state, quote_cents, "
                         + "quote_decision, final_charge_cents, collected_at, ready_at, last_step_at, ready_days, "
                         + "collected_days, stale) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '4567', ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
                 PreparedStatement event = c.prepareStatement("INSERT INTO ticket_event (event_id, ticket_id, after_event, "
                         + "at, action, from_state, to_state, who) VALUES (?, ?, ?, ?, ?, ?, ?, 'Amy Lee')")) {
                for (int i = 0; i < tickets; i++) {
                    LocalDateTime opened = start.plusMinutes((long) i * minutes / tickets);
                    String shop = String.format("S%02d", i % 40);
                    String uuid = "bench-" + i;
                    long id = i + 1L;
                    String verdict = VERDICTS[random.nextInt(VERDICTS.length)];
                    boolean override = random.nextInt(20) == 0;
                    String findings = FINDINGS[random.nextInt(FINDINGS.length)]
                            + (random.nextBoolean() ? ";" + FINDINGS[random.nextInt(FINDINGS.length)] : "");
                    // 600 products, a few coming back far more often than the rest; a tenth taken in without a receipt
                    int product = random.nextInt(10) == 0 ? random.nextInt(5) : random.nextInt(600);
                    String[] metals = {"SILVER", "18K_GOLD", "14K_GOLD", "PLATED", "STAINLESS_STEEL"};
                    String[] stones = {"", "", "PEARL", "DIAMOND", "NATURAL_GEMSTONE", "DIAMOND;NATURAL_GEMSTONE"};
                    boolean walkIn = random.nextInt(10) == 0;
                    int months = product % 3 == 0 ? 24 : random.nextInt(8) == 0 ? 0 : 3;
                    claim.setLong(1, id);
                    claim.setString(2, uuid);
                    claim.setLong(3, StoredTime.encode(opened));
                    claim.setString(4, shop);
                    claim.setString(5, walkIn ? "Customer's own piece " + random.nextInt(50) : "Product " + product);
                    claim.setString(6, metals[product % metals.length]);
                    claim.setString(7, findings);
                    claim.setString(8, override ? "CHARGEABLE_REPAIR" : verdict);
                    claim.setInt(9, months);
                    claim.setString(10, verdict);
                    claim.setString(11, override ? verdict : null);
                    claim.setString(12, override ? MANAGERS[random.nextInt(MANAGERS.length)] : null);
                    claim.setString(13, override ? "Goodwill" : null);
                    claim.setString(14, walkIn ? null : String.format("P%04d", product));
                    claim.setString(15, stones[product % stones.length]);
                    claim.setString(16, walkIn ? null : "R" + i);
                    claim.setObject(17, walkIn ? null : 1);
                    claim.setString(18, walkIn || months == 0 ? null
                            : opened.toLocalDate().minusDays(random.nextInt(900)).plusMonths(months).toString());
                    claim.executeUpdate();
                    boolean chargeable = !verdict.equals("WARRANTY_REPAIR");
                    long age = java.time.Duration.between(opened, today.atTime(10, 0)).toDays();
                    int steps = age > 60 ? 4 : (int) Math.min(4, age / 5);
                    LocalDateTime quoted = opened.plusDays(1);
                    LocalDateTime repair = opened.plusDays(2 + random.nextInt(3));
                    LocalDateTime ready = repair.plusDays(2 + random.nextInt(12));
                    LocalDateTime collected = ready.plusDays(random.nextInt(15));
                    String state = switch (steps) {
                        case 0 -> "RECEIVED";
                        case 1 -> chargeable ? "QUOTED" : "IN_REPAIR";
                        case 2 -> "IN_REPAIR";
                        case 3 -> "READY_FOR_PICKUP";
                        default -> "COLLECTED";
                    };
                    ticket.setLong(1, id);
                    ticket.setString(2, uuid);
                    ticket.setString(3, shop + "-" + (opened.getYear()) + "-" + String.format("%06d", i));
                    ticket.setString(4, shop);
                    ticket.setLong(5, id);
                    ticket.setInt(6, chargeable ? 1 : 0);
                    ticket.setLong(7, StoredTime.encode(opened));
                    ticket.setString(8, opened.toLocalDate().plusDays(14).toString());
                    ticket.setString(9, state);
                    ticket.setObject(10, chargeable && steps >= 1 ? 38_000L : null);
                    ticket.setObject(11, chargeable && steps >= 2 ? "APPROVED" : null);
                    ticket.setObject(12, steps >= 3 ? (chargeable ? 38_000L : 0L) : null);
                    ticket.setObject(13, steps >= 4 ? StoredTime.encode(collected) : null);
                    ticket.setObject(14, steps >= 3 ? StoredTime.encode(ready) : null);
                    LocalDateTime last = switch (steps) {
                        case 0 -> opened;
                        case 1 -> chargeable ? quoted : repair;
                        case 2 -> repair;
                        case 3 -> ready;
                        default -> collected;
                    };
                    ticket.setLong(15, StoredTime.encode(last));
                    ticket.setObject(16, steps >= 3 ? java.time.temporal.ChronoUnit.DAYS.between(opened.toLocalDate(),
                            ready.toLocalDate()) : null);
                    ticket.setObject(17, steps >= 4 ? java.time.temporal.ChronoUnit.DAYS.between(ready.toLocalDate(),
                            collected.toLocalDate()) : null);
                    ticket.executeUpdate();
                    String[][] path = {{"OPEN", null, "RECEIVED"}, chargeable ? new String[] {"QUOTE", "RECEIVED", "QUOTED"}
                        : new String[] {"START_REPAIR", "RECEIVED", "IN_REPAIR"},
                        chargeable ? new String[] {"APPROVE_QUOTE", "QUOTED", "IN_REPAIR"} : null,
                        {"READY", "IN_REPAIR", "READY_FOR_PICKUP"}, {"COLLECT", "READY_FOR_PICKUP", "COLLECTED"}};
                    LocalDateTime[] when = {opened, chargeable ? quoted : repair, repair, ready, collected};
                    String previous = null;
                    for (int s = 0; s < path.length && s <= steps; s++) {
                        if (path[s] == null) {
                            continue;
                        }
                        String eventId = uuid + "-" + s;
                        event.setString(1, eventId);
                        event.setLong(2, id);
                        event.setString(3, previous);
                        event.setLong(4, StoredTime.encode(when[s]));
                        event.setString(5, path[s][0]);
                        event.setString(6, path[s][1]);
                        event.setString(7, path[s][2]);
                        event.executeUpdate();
                        previous = eventId;
                    }
                }
            }
            try (Statement st = c.createStatement()) {
                st.execute("UPDATE ticket SET stale = 0");
            }
            return null;
        });
    }
}
