package com.alluressories.caredesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.demo.DemoShop;
import com.alluressories.caredesk.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store counts alike tickets together (a few hundred rows for a chain's years); the report
 * must be exactly the one the tickets give one by one — on the demo's history (every state, a
 * disposal, disputes, turnaround across months), all time, a period and a shop.
 */
class ReportRepositoryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Hong_Kong"));

    @TempDir
    Path dir;

    private static Report grouped(Store store, ReportScope scope, LocalDate today) {
        return store.read(c -> {
            ReportTally tally = new ReportTally(today, com.alluressories.caredesk.policy.PolicyLoader.bundled());
            ReportRepository.tickets(c, scope, today, tally);
            String claims = ReportRepository.claimsOf(c, scope, ReportRepository.verdicts(c, scope, tally));
            ReportRepository.clauses(c, scope, claims, tally);
            ReportRepository.products(c, scope, claims, tally);
            ReportRepository.overridesBy(c, scope, tally);
            return tally.report(scope, List.of("TST"));
        });
    }

    /** V15 fills the days to ready and to collection of tickets derived before it, as deriving them does. */
    @Test
    void theMigrationCountsTheDaysAsDerivingDoes() throws Exception {
        String migration = new String(getClass().getResourceAsStream("/db/migration/V15__ticket_turnaround_days.sql")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        List<String> updates = java.util.Arrays.stream(migration.replaceAll("(?m)^--.*$", "").split(";"))
                .map(String::strip).filter(sql -> sql.startsWith("UPDATE")).toList();
        assertThat(updates).hasSize(2);
        try (Store store = Store.open(dir)) {
            DemoShop.fill(store, CLOCK);
            String query = "SELECT group_concat(id || ':' || ifnull(ready_days, '-') || ':' || ifnull(collected_days, '-'))"
                    + " FROM (SELECT * FROM ticket ORDER BY id)";
            String derived = store.read(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery(query)) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(derived).contains(":-:-").containsPattern(":[0-9]+:[0-9]+");
            String migrated = store.write(c -> {
                try (var st = c.createStatement()) {
                    st.executeUpdate("UPDATE ticket SET ready_days = NULL, collected_days = NULL");
                    for (String update : updates) {
                        st.executeUpdate(update);
                    }
                    try (var rs = st.executeQuery(query)) {
                        rs.next();
                        return rs.getString(1);
                    }
                }
            });
            assertThat(migrated).isEqualTo(derived);
        }
    }

    @Test
    void theStoresCountsGiveTheReportTheTicketsGiveOneByOne() {
        try (Store store = Store.open(dir)) {
            DemoShop.fill(store, CLOCK);
            LocalDate today = LocalDate.now(CLOCK);
            for (ReportScope scope : List.of(ReportScope.allTime(),
                    new ReportScope(Optional.of(today.minusMonths(14)), Optional.of(today.minusDays(3)), Set.of()),
                    new ReportScope(Optional.of(today.withDayOfMonth(1)), Optional.of(today), Set.of("TST")),
                    new ReportScope(Optional.empty(), Optional.empty(), Set.of("MK")))) {
                Report grouped = grouped(store, scope, today);
                Report oneByOne = store.read(c -> {
                    ReportTally tally = new ReportTally(today, com.alluressories.caredesk.policy.PolicyLoader.bundled());
                    ReportRepository.facts(c, scope, tally::add);
                    return tally.report(scope, List.of("TST"));
                });
                assertThat(grouped).as("%s", scope).isEqualTo(oneByOne);
            }
            // A claim saved whose ticket was never opened is in no report: read beside the tickets again.
            store.write(c -> {
                try (var st = c.createStatement()) {
                    st.executeUpdate("CREATE TEMP TABLE lone AS SELECT * FROM claim ORDER BY id LIMIT 1");
                    st.executeUpdate("UPDATE lone SET id = (SELECT max(id) + 1 FROM claim), uuid = 'no-ticket', "
                            + "findings = 'TARNISH', metal = 'PLATED', sku = 'LONE-01'");
                    // The claim's stored columns (PRAGMA table_info leaves out those the store computes).
                    java.util.List<String> columns = new java.util.ArrayList<>();
                    try (var rs = st.executeQuery("PRAGMA table_info(claim)")) {
                        while (rs.next()) {
                            columns.add(rs.getString("name"));
                        }
                    }
                    String list = String.join(", ", columns);
                    st.executeUpdate("INSERT INTO claim (" + list + ") SELECT " + list + " FROM lone");
                }
                return null;
            });
            Report withLoneClaim = grouped(store, ReportScope.allTime(), today);
            assertThat(withLoneClaim).isEqualTo(store.read(c -> {
                ReportTally tally = new ReportTally(today, com.alluressories.caredesk.policy.PolicyLoader.bundled());
                ReportRepository.facts(c, ReportScope.allTime(), tally::add);
                return tally.report(ReportScope.allTime(), List.of("TST"));
            }));
            assertThat(withLoneClaim.products()).noneMatch(p -> p.sku().equals("LONE-01"));
            Report all = grouped(store, ReportScope.allTime(), today);
            assertThat(all.ticketsOpened()).isGreaterThan(10);
            assertThat(all.intakeToReadyP50()).isPresent();
            assertThat(all.ageing()).isNotEmpty();
        }
    }

    /**
     * The claims' clauses are counted in the order of the index V16 keeps for them: the index's
     * expression for the sale's clause must be the query's word for word, or every report sorts
     * every claim again.
     */
    @Test
    void theClausesAreCountedFromTheirIndex() {
        try (Store store = Store.open(dir)) {
            String plan = store.read(c -> {
                StringBuilder out = new StringBuilder();
                try (var st = c.createStatement(); var rs = st.executeQuery("EXPLAIN QUERY PLAN SELECT c.findings, "
                        + "c.stones, c.metal, " + ReportRepository.SALE_FLAG + ", count(*) FROM ticket t JOIN claim c "
                        + "ON c.id = t.claim_id GROUP BY 1, 2, 3, 4")) {
                    while (rs.next()) {
                        out.append(rs.getString(4)).append('\n');
                    }
                }
                return out.toString();
            });
            assertThat(plan).contains("claim_report_clauses").doesNotContain("TEMP B-TREE");
        }
    }
}
