package com.alluressories.caredesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Figures worked out by hand from five tickets, seen on 27 November 2026. */
class ReportTallyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static TicketFacts ticket(String no, String opened, String promised, String state, String verdict,
                                      boolean overridden, List<String> findings, String ready, String collected,
                                      Long quote, String decision, Long charge, String lastStep) {
        return new TicketFacts(no, "TST", LocalDateTime.parse(opened), LocalDate.parse(promised), state, verdict,
                overridden, findings, Optional.ofNullable(ready).map(LocalDateTime::parse),
                Optional.ofNullable(collected).map(LocalDateTime::parse), LocalDateTime.parse(lastStep),
                quote == null ? OptionalLong.empty() : OptionalLong.of(quote), Optional.ofNullable(decision),
                charge == null ? OptionalLong.empty() : OptionalLong.of(charge));
    }

    static final List<TicketFacts> FIVE = List.of(
            // intake to ready 3 days, ready to collected 2
            ticket("A", "2026-10-01T10:00", "2026-10-08", "COLLECTED", "WARRANTY_REPAIR", false, List.of("WORN_CLASP"),
                    "2026-10-04T16:00", "2026-10-06T11:00", null, null, 0L, "2026-10-06T11:00"),
            // opened late on the last day of October, ready just after midnight: 1 calendar day, across months
            ticket("B", "2026-10-31T23:30", "2026-11-07", "READY_FOR_PICKUP", "CHARGEABLE_REPAIR", false,
                    List.of("WORN_CLASP", "BENT"), "2026-11-01T00:10", null, 38_000L, "APPROVED", 38_050L, "2026-11-01T00:10"),
            // a quote waiting, past its promised day: overdue; the verdict is a manager's
            ticket("C", "2026-11-10T12:00", "2026-11-20", "QUOTED", "CHARGEABLE_REPAIR", true, List.of("BENT"),
                    null, null, 12_000L, null, null, "2026-11-12T10:00"),
            // promised today: not overdue yet
            ticket("D", "2026-11-20T09:00", "2026-11-27", "RECEIVED", "PARTIAL_WARRANTY", true,
                    List.of("BENT", "LOST_STONE"), null, null, null, null, null, "2026-11-20T09:00"),
            // quote declined: ready after 10 days, collected the same day
            ticket("E", "2026-09-01T11:00", "2026-09-10", "COLLECTED", "CHARGEABLE_REPAIR", false, List.of(),
                    "2026-09-11T10:00", "2026-09-11T17:00", 50_000L, "DECLINED", 0L, "2026-09-11T17:00"));

    @Test
    void fiveTicketsAddUpAsWorkedOutByHand() {
        ReportTally tally = new ReportTally(TODAY);
        FIVE.forEach(tally::add);
        Report r = tally.report(ReportScope.allTime(), List.of("TST"));
        assertThat(r.ticketsOpened()).isEqualTo(5);
        assertThat(r.byVerdict()).containsExactly(java.util.Map.entry("WARRANTY_REPAIR", 1L),
                java.util.Map.entry("PARTIAL_WARRANTY", 1L), java.util.Map.entry("CHARGEABLE_REPAIR", 3L));
        assertThat(r.byState()).containsExactly(java.util.Map.entry("RECEIVED", 1L), java.util.Map.entry("QUOTED", 1L),
                java.util.Map.entry("READY_FOR_PICKUP", 1L), java.util.Map.entry("COLLECTED", 2L));
        assertThat(r.overdue()).isEqualTo(1);
        // intake to ready: 1, 3, 10 days; ready to collected: 0, 2 days
        assertThat(r.intakeToReadyP50()).hasValue(3.0);
        assertThat(r.intakeToReadyP90().getAsDouble()).isEqualTo(3 + 0.8 * 7, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.readyToCollectedP50()).hasValue(1.0);
        assertThat(r.findings()).containsExactly(new Report.Count("BENT", 3), new Report.Count("WORN_CLASP", 2),
                new Report.Count("LOST_STONE", 1));
        assertThat(r.overrides()).isEqualTo(2);
        assertThat(r.quotesAccepted()).isEqualTo(1);
        assertThat(r.quotesDeclined()).isEqualTo(1);
        assertThat(r.quotesWaiting()).isEqualTo(1);
        assertThat(r.finalChargesCents()).isEqualTo(38_050);
        // open: D received 7 days ago (4-7), C quoted 15 days ago (15-30), B ready 26 days ago (15-30)
        assertThat(r.ageing()).containsExactly(new Report.Ageing("RECEIVED", List.of(0L, 1L, 0L, 0L, 0L)),
                new Report.Ageing("QUOTED", List.of(0L, 0L, 0L, 1L, 0L)),
                new Report.Ageing("READY_FOR_PICKUP", List.of(0L, 0L, 0L, 1L, 0L)));
    }

    /** A piece disposed of under Cap. 294 is counted by its state and never aged as open work. */
    @Test
    void aDisposedPieceIsClosed() {
        ReportTally tally = new ReportTally(TODAY);
        tally.add(ticket("F", "2025-09-01T10:00", "2025-09-10", "DISPOSED", "CHARGEABLE_REPAIR", false, List.of(),
                "2025-09-05T10:00", null, 45_000L, "APPROVED", 45_000L, "2026-11-01T10:00"));
        Report r = tally.report(ReportScope.allTime(), List.of("TST"));
        assertThat(r.byState()).containsExactly(java.util.Map.entry("DISPOSED", 1L));
        assertThat(r.ageing()).isEmpty();
        assertThat(r.overdue()).isZero();
    }

    @Test
    void anEmptyPeriodHasZerosAndNoTurnaround() {
        Report r = new ReportTally(TODAY).report(new ReportScope(Optional.of(LocalDate.of(2026, 1, 1)),
                Optional.of(LocalDate.of(2026, 1, 31)), Set.of("mk")), List.of("MK"));
        assertThat(r.ticketsOpened()).isZero();
        assertThat(r.byVerdict()).isEmpty();
        assertThat(r.byState()).isEmpty();
        assertThat(r.intakeToReadyP50()).isEmpty();
        assertThat(r.intakeToReadyP90()).isEmpty();
        assertThat(r.readyToCollectedP50()).isEmpty();
        assertThat(r.findings()).isEmpty();
        assertThat(r.finalChargesCents()).isZero();
        assertThat(r.ageing()).isEmpty();
    }

    @Test
    void percentilesAtTheirEdges() {
        assertThat(Percentile.of(new int[] {7}, 1, 0.5)).hasValue(7.0);
        assertThat(Percentile.of(new int[] {7}, 1, 0.9)).hasValue(7.0);
        assertThat(Percentile.of(new int[] {4, 1, 3, 2}, 4, 0.5)).hasValue(2.5);
        assertThat(Percentile.of(new int[] {2, 1}, 2, 0.9).getAsDouble()).isEqualTo(1.9, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Percentile.of(new int[] {5, 9, 1}, 3, 0)).hasValue(1.0);
        assertThat(Percentile.of(new int[] {5, 9, 1}, 3, 1)).hasValue(9.0);
        assertThat(Percentile.of(new int[] {1, 2, 3}, 0, 0.5)).isEmpty();
        assertThatThrownBy(() -> Percentile.of(new int[] {1}, 1, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> new ReportScope(Optional.of(LocalDate.of(2026, 11, 30)), Optional.of(LocalDate.of(2026, 11, 1)),
                Set.of())).isInstanceOfSatisfying(ReportException.class, e -> assertThat(e.key()).isEqualTo("report.backwards"));
    }
}
