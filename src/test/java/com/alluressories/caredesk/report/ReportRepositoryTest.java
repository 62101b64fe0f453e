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
            ReportTally tally = new ReportTally(today);
            ReportRepository.tickets(c, scope, today, tally);
            for (ReportRepository.ClaimGroup g : ReportRepository.claims(c, scope)) {
                tally.addClaims(g.verdict(), g.overridden(), g.findings(), g.count());
            }
            return tally.report(scope, List.of("TST"));
        });
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
                    ReportTally tally = new ReportTally(today);
                    ReportRepository.facts(c, scope, tally::add);
                    return tally.report(scope, List.of("TST"));
                });
                assertThat(grouped).as("%s", scope).isEqualTo(oneByOne);
            }
            Report all = grouped(store, ReportScope.allTime(), today);
            assertThat(all.ticketsOpened()).isGreaterThan(10);
            assertThat(all.intakeToReadyP50()).isPresent();
            assertThat(all.ageing()).isNotEmpty();
        }
    }
}
