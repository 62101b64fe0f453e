package com.alluressories.caredesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.demo.DemoShop;
import com.alluressories.caredesk.policy.PolicyLoader;
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

/** Every figure opens exactly the tickets it counts, on the demo's history, all time and over a period. */
class TicketsBehindTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Hong_Kong"));

    @TempDir
    Path dir;

    @Test
    void everyFigureOpensTheTicketsItCounts() {
        try (Store store = Store.open(dir)) {
            DemoShop.fill(store, CLOCK);
            ReportService reports = new ReportService(store, CLOCK, PolicyLoader.bundled(), () -> { });
            LocalDate today = LocalDate.now(CLOCK);
            for (ReportScope scope : List.of(ReportScope.allTime(),
                    new ReportScope(Optional.of(today.minusMonths(3)), Optional.of(today.minusDays(2)), Set.of("TST")))) {
                Report r = reports.report(scope);
                check(reports, scope, Figure.of(Figure.Kind.OPENED), r.ticketsOpened());
                r.byState().forEach((state, n) -> check(reports, scope, new Figure(Figure.Kind.STATE, state), n));
                check(reports, scope, Figure.of(Figure.Kind.OVERDUE), r.overdue());
                r.byVerdict().forEach((verdict, n) -> check(reports, scope, new Figure(Figure.Kind.VERDICT, verdict), n));
                check(reports, scope, Figure.of(Figure.Kind.OVERRIDDEN), r.overrides());
                r.overridesBy().stream().map(Report.OverrideCount::manager).distinct().forEach(manager -> check(reports,
                        scope, new Figure(Figure.Kind.OVERRIDDEN, manager), r.overridesBy().stream()
                                .filter(o -> o.manager().equals(manager)).mapToLong(Report.OverrideCount::count).sum()));
                r.findings().forEach(f -> check(reports, scope, new Figure(Figure.Kind.FINDING, f.code()), f.count()));
                r.exclusions().forEach(f -> check(reports, scope, new Figure(Figure.Kind.CLAUSE, f.code()), f.count()));
                r.metals().forEach(f -> check(reports, scope, new Figure(Figure.Kind.METAL, f.code()), f.count()));
                r.stones().forEach(f -> check(reports, scope, new Figure(Figure.Kind.STONE, f.code()), f.count()));
                r.products().forEach(p -> check(reports, scope, new Figure(Figure.Kind.PRODUCT, p.sku()), p.count()));
                r.byMonth().forEach(m -> check(reports, scope, new Figure(Figure.Kind.MONTH, m.key()), m.opened()));
                for (Report.Slice m : r.byMonth()) {
                    m.byVerdict().forEach((verdict, n) -> check(reports, scope,
                            new Figure(Figure.Kind.VERDICT, verdict).in(m.key()), n));
                    check(reports, scope, Figure.of(Figure.Kind.QUOTE_ACCEPTED).in(m.key()), m.quotesAccepted());
                    check(reports, scope, Figure.of(Figure.Kind.QUOTE_DECLINED).in(m.key()), m.quotesDeclined());
                }
                r.byShop().forEach(m -> check(reports, scope, new Figure(Figure.Kind.SHOP, m.key()), m.opened()));
                check(reports, scope, Figure.of(Figure.Kind.QUOTE_ACCEPTED), r.quotesAccepted());
                check(reports, scope, Figure.of(Figure.Kind.QUOTE_DECLINED), r.quotesDeclined());
                check(reports, scope, Figure.of(Figure.Kind.QUOTE_WAITING), r.quotesWaiting());
                for (Report.Ageing a : r.ageing()) {
                    for (int bucket = 0; bucket < a.buckets().size(); bucket++) {
                        check(reports, scope, new Figure(Figure.Kind.AGEING, a.state() + ":" + bucket),
                                a.buckets().get(bucket));
                    }
                }
                assertThat(r.exclusions()).as("the demo's claims raise clauses").isNotEmpty();
            }
        }
    }

    private static void check(ReportService reports, ReportScope scope, Figure figure, long expected) {
        TicketsBehind behind = reports.ticketsBehind(scope, figure);
        assertThat(behind.total()).as("%s in %s", figure, scope).isEqualTo(expected);
        assertThat(behind.rows()).hasSize((int) Math.min(expected, ReportService.BEHIND_LIMIT));
        assertThat(behind.rows()).isSortedAccordingTo(java.util.Comparator.comparing(TicketsBehind.Row::opened)
                .reversed());
    }
}
