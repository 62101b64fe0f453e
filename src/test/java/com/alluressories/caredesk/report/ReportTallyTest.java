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
                charge == null ? OptionalLong.empty() : OptionalLong.of(charge),
                new TicketFacts.Piece(Optional.empty(), "Silver ring", "SILVER", List.of(), Optional.empty(),
                        overridden ? Optional.of("Mandy Kwok (M001)") : Optional.empty(), verdict));
    }

    private static final com.alluressories.caredesk.policy.Policy POLICY =
            com.alluressories.caredesk.policy.PolicyLoader.bundled();

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
        ReportTally tally = new ReportTally(TODAY, POLICY);
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

    /**
     * Month by month and shop by shop, worked out by hand: B opened at 23:30 on 31 October counts
     * in October though it was ready in November.
     */
    @Test
    void theFiveMonthByMonth() {
        ReportTally tally = new ReportTally(TODAY, POLICY);
        FIVE.forEach(tally::add);
        Report r = tally.report(ReportScope.allTime(), List.of("TST"));
        assertThat(r.byMonth()).extracting(Report.Slice::key).containsExactly("2026-09", "2026-10", "2026-11");
        Report.Slice september = r.byMonth().get(0);
        Report.Slice october = r.byMonth().get(1);
        Report.Slice november = r.byMonth().get(2);
        assertThat(september.opened()).isEqualTo(1);
        assertThat(september.quotesDeclined()).isEqualTo(1);
        assertThat(september.intakeToReadyP50()).hasValue(10.0);
        assertThat(september.readyToCollectedP50()).hasValue(0.0);
        // A (3 days) and B (1 day): the median between them, the 90th close to A
        assertThat(october.opened()).isEqualTo(2);
        assertThat(october.intakeToReadyP50()).hasValue(2.0);
        assertThat(october.intakeToReadyP90().getAsDouble()).isEqualTo(2.8, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(october.readyToCollectedP50()).hasValue(2.0);
        assertThat(october.byVerdict()).containsExactly(java.util.Map.entry("WARRANTY_REPAIR", 1L),
                java.util.Map.entry("CHARGEABLE_REPAIR", 1L));
        assertThat(october.quotesAccepted()).isEqualTo(1);
        assertThat(october.finalChargesCents()).isEqualTo(38_050);
        // C and D: neither ready yet, both overridden
        assertThat(november.opened()).isEqualTo(2);
        assertThat(november.intakeToReadyP50()).isEmpty();
        assertThat(november.readyToCollectedP50()).isEmpty();
        assertThat(november.overrides()).isEqualTo(2);
        assertThat(november.verdict("PARTIAL_WARRANTY")).isEqualTo(1);
        assertThat(r.byShop()).singleElement().satisfies(tst -> {
            assertThat(tst.key()).isEqualTo("TST");
            assertThat(tst.opened()).isEqualTo(5);
            assertThat(tst.intakeToReadyP50()).isEqualTo(r.intakeToReadyP50());
            assertThat(tst.finalChargesCents()).isEqualTo(38_050);
        });
        assertThat(r.overridesBy()).containsExactly(
                new Report.OverrideCount("Mandy Kwok (M001)", "CHARGEABLE_REPAIR", "CHARGEABLE_REPAIR", 1),
                new Report.OverrideCount("Mandy Kwok (M001)", "PARTIAL_WARRANTY", "PARTIAL_WARRANTY", 1));
    }

    private static TicketFacts piece(String no, String shop, String opened, String sku, String description,
                                     String metal, List<String> stones, List<String> findings, String saleFlag,
                                     String verdict) {
        return new TicketFacts(no, shop, LocalDateTime.parse(opened), LocalDate.parse(opened.substring(0, 10)).plusDays(14),
                "RECEIVED", verdict, false, findings, Optional.empty(), Optional.empty(), LocalDateTime.parse(opened),
                OptionalLong.empty(), Optional.empty(), OptionalLong.empty(), new TicketFacts.Piece(
                        Optional.ofNullable(sku), description, metal, stones, Optional.ofNullable(saleFlag),
                        Optional.empty(), verdict));
    }

    /**
     * The clauses that decided, from the policy's rules: silver polish counts as misuse only on a
     * pearl or natural gemstone; a claim raising one clause twice counts it once; a final sale is a
     * clause of its own. Products most first, with their manufacturing defects.
     */
    @Test
    void theClausesAndThePiecesThatComeBack() {
        ReportTally tally = new ReportTally(TODAY, POLICY);
        List.of(piece("P1", "TST", "2026-11-02T10:00", "BS-PRL-04", "Pearl bracelet", "SILVER", List.of("PEARL"),
                        List.of("POLISH_SOAK", "MANUFACTURING_DEFECT"), null, "PARTIAL_WARRANTY"),
                piece("P2", "CWB", "2026-11-03T10:00", "BS-PRL-04", "Pearl bracelet", "SILVER", List.of("PEARL"),
                        List.of("MANUFACTURING_DEFECT"), null, "WARRANTY_REPAIR"),
                piece("P3", "TST", "2026-11-04T10:00", "NS-CHN-12", "Silver chain", "SILVER", List.of(),
                        List.of("POLISH_SOAK", "CHEMICAL_EXPOSURE"), null, "CHARGEABLE_REPAIR"),
                piece("P4", "TST", "2026-11-05T10:00", "R18-SOL-02", "18K solitaire", "18K_GOLD", List.of("DIAMOND"),
                        List.of("WORN_PRONG", "GENERAL_WEAR"), "FINAL_SALE", "CHARGEABLE_REPAIR"),
                piece("P5", "TST", "2026-11-06T10:00", null, "Customer's own ring", "OTHER", List.of(),
                        List.of(), "NO_PROOF_OF_PURCHASE", "CHARGEABLE_REPAIR"))
                .forEach(tally::add);
        Report r = tally.report(ReportScope.allTime(), List.of("CWB", "TST"));
        // MISUSE: P1 (polish on a pearl) and P3 (chemicals; its polish on plain silver raises nothing more)
        assertThat(r.exclusions()).containsExactly(new Report.Count("MISUSE", 2),
                new Report.Count("FINAL_SALE", 1), new Report.Count("NO_PROOF_OF_PURCHASE", 1),
                new Report.Count("WEAR_AND_TEAR", 1));
        assertThat(r.metals()).containsExactly(new Report.Count("SILVER", 3), new Report.Count("18K_GOLD", 1),
                new Report.Count("OTHER", 1));
        assertThat(r.stones()).containsExactly(new Report.Count("PEARL", 2), new Report.Count("DIAMOND", 1));
        assertThat(r.products()).containsExactly(new Report.Product("BS-PRL-04", "Pearl bracelet", 2, 2),
                new Report.Product("", "Customer's own ring", 1, 0), new Report.Product("NS-CHN-12", "Silver chain", 1, 0),
                new Report.Product("R18-SOL-02", "18K solitaire", 1, 0));
        assertThat(r.byShop()).extracting(Report.Slice::key, Report.Slice::opened)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CWB", 1L), org.assertj.core.groups.Tuple.tuple("TST", 4L));
    }

    /** A piece disposed of under Cap. 294 is counted by its state and never aged as open work. */
    @Test
    void aDisposedPieceIsClosed() {
        ReportTally tally = new ReportTally(TODAY, POLICY);
        tally.add(ticket("F", "2025-09-01T10:00", "2025-09-10", "DISPOSED", "CHARGEABLE_REPAIR", false, List.of(),
                "2025-09-05T10:00", null, 45_000L, "APPROVED", 45_000L, "2026-11-01T10:00"));
        Report r = tally.report(ReportScope.allTime(), List.of("TST"));
        assertThat(r.byState()).containsExactly(java.util.Map.entry("DISPOSED", 1L));
        assertThat(r.ageing()).isEmpty();
        assertThat(r.overdue()).isZero();
    }

    @Test
    void anEmptyPeriodHasZerosAndNoTurnaround() {
        Report r = new ReportTally(TODAY, POLICY).report(new ReportScope(Optional.of(LocalDate.of(2026, 1, 1)),
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

    /** A percentile is written as the decimal it stands for, without the binary noise of interpolating. */
    @Test
    void daysAreWrittenWithoutNoise() {
        assertThat(3 + 0.8 * 7).isNotEqualTo(8.6);
        assertThat(ReportCsv.days(java.util.OptionalDouble.of(3 + 0.8 * 7))).isEqualTo("8.6");
        assertThat(ReportCsv.days(java.util.OptionalDouble.of(14.700000000000003))).isEqualTo("14.7");
        assertThat(ReportCsv.days(java.util.OptionalDouble.of(3))).isEqualTo("3");
        assertThat(ReportCsv.days(java.util.OptionalDouble.empty())).isEmpty();
        assertThat(ReportCsv.exact(3 + 0.8 * 7).doubleValue()).isEqualTo(8.6);
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> new ReportScope(Optional.of(LocalDate.of(2026, 11, 30)), Optional.of(LocalDate.of(2026, 11, 1)),
                Set.of())).isInstanceOfSatisfying(ReportException.class, e -> assertThat(e.key()).isEqualTo("report.backwards"));
    }
}
