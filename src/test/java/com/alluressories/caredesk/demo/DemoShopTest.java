package com.alluressories.caredesk.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.alluressories.caredesk.policy.Metal;
import com.alluressories.caredesk.policy.Stone;
import com.alluressories.caredesk.receipt.Receipt;
import com.alluressories.caredesk.receipt.ReceiptLine;
import com.alluressories.caredesk.receipt.ReceiptRepository;
import com.alluressories.caredesk.shop.ShopProfile;
import com.alluressories.caredesk.shop.ShopService;
import com.alluressories.caredesk.store.Store;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoShopTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Hong_Kong"));

    @TempDir
    java.nio.file.Path dir;

    @Test
    void theDemoHasAFewHundredRealisticReceiptsOverThreeYears() {
        List<Receipt> receipts = DemoShop.receipts(CLOCK);
        assertThat(receipts).hasSizeBetween(200, 500);
        LocalDate today = LocalDate.now(CLOCK);
        assertThat(receipts).allSatisfy(r -> assertThat(r.purchasedAt().toLocalDate())
                .isBetween(today.minusYears(3), today));
        assertThat(receipts.stream().map(Receipt::receiptNo).distinct().count()).isEqualTo(receipts.size());
        assertThat(receipts.stream().flatMap(r -> r.customerPhone().stream())).allMatch(p -> p.matches("[569]\\d{7}"));
        assertThat(receipts.stream().flatMap(r -> r.customerName().stream()))
                .anyMatch(n -> n.matches(".*\\p{IsHan}.*")).anyMatch(n -> n.matches("[A-Za-z ]+"));
        assertThat(receipts).anyMatch(r -> r.customerName().isEmpty());
        List<ReceiptLine> lines = receipts.stream().flatMap(r -> r.lines().stream()).toList();
        Set<Metal> metals = lines.stream().map(ReceiptLine::metal).collect(Collectors.toSet());
        assertThat(metals).contains(Metal.GOLD_18K, Metal.SILVER, Metal.PLATED);
        Set<Stone> stones = lines.stream().flatMap(l -> l.stones().stream()).collect(Collectors.toSet());
        assertThat(stones).contains(Stone.DIAMOND, Stone.PEARL, Stone.NATURAL_GEMSTONE);
        assertThat(lines).anyMatch(l -> l.paidPrice().compareTo(l.listPrice().multiply(new BigDecimal("0.60"))) <= 0);
        assertThat(lines).allMatch(l -> l.paidPrice().compareTo(l.listPrice()) <= 0);
    }

    @Test
    void fillsAnEmptyStoreOnceAndMarksItAsDemo() {
        try (Store store = Store.open(dir)) {
            assertThat(DemoShop.fill(store, CLOCK)).isTrue();
            assertThat(store.read(ReceiptRepository::count)).isEqualTo(DemoShop.RECEIPTS);
            assertThat(new ShopService(store, java.time.Clock.systemUTC(), com.alluressories.caredesk.app.Services.STORED_DATA).isDemo()).isTrue();
            assertThat(DemoShop.fill(store, CLOCK)).isFalse();
            assertThat(store.read(ReceiptRepository::count)).isEqualTo(DemoShop.RECEIPTS);
        }
    }

    @Test
    void refusesAStoreHoldingARealShop() {
        try (Store store = Store.open(dir)) {
            new ShopService(store, java.time.Clock.systemUTC(), com.alluressories.caredesk.app.Services.STORED_DATA).setUpRealShop(new ShopProfile("CWB", "Causeway Bay", "1 Yee Wo St", "28001234"));
            assertThatThrownBy(() -> DemoShop.fill(store, CLOCK)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("real shop");
            assertThat(store.read(ReceiptRepository::count)).isZero();
        }
    }

    @Test
    void leavingTheDemoRemovesDemoReceiptsAndKeepsTheRealProfile() {
        try (Store store = Store.open(dir)) {
            DemoShop.fill(store, CLOCK);
            ShopService shop = new ShopService(store, java.time.Clock.systemUTC(), com.alluressories.caredesk.app.Services.STORED_DATA);
            shop.setUpRealShop(new ShopProfile("MK", "Mong Kok", "88 Nathan Road", "+852 2345-6789"));
            assertThat(store.read(ReceiptRepository::count)).isZero();
            assertThat(shop.isDemo()).isFalse();
            assertThat(shop.profile()).isEqualTo(Optional.of(new ShopProfile("MK", "Mong Kok", "88 Nathan Road", "23456789")));
        }
    }

    @Test
    void leavingTheDemoTakesAManagerAndReplacesTheDemoStaffWithTheShopsFirstManager() {
        try (com.alluressories.caredesk.app.Services services = new com.alluressories.caredesk.app.Services(
                Store.open(dir), CLOCK, com.alluressories.caredesk.policy.PolicyLoader.bundled())) {
            DemoShop.fill(services.store(), CLOCK);
            com.alluressories.caredesk.staff.StaffService staff = services.staff();
            ShopProfile profile = new ShopProfile("MK", "Mong Kok", "88 Nathan Road", "23456789");
            com.alluressories.caredesk.staff.Actor counter = staff.signIn("2001", "2222").actor().orElseThrow();
            assertThatThrownBy(() -> services.shop().leaveDemo(profile, "M01", "Real Manager", "5678", counter, staff))
                    .isInstanceOf(com.alluressories.caredesk.staff.NotAllowedException.class);
            assertThat(services.shop().isDemo()).isTrue();

            com.alluressories.caredesk.staff.Actor demoManager = staff.signIn("1001", "1234").actor().orElseThrow();
            com.alluressories.caredesk.staff.Actor first = services.shop().leaveDemo(profile, "m01", "Real Manager", "5678",
                    demoManager, staff);
            assertThat(first.label()).isEqualTo("Real Manager (M01)");
            assertThat(services.shop().isDemo()).isFalse();
            assertThat(services.store().read(ReceiptRepository::count)).isZero();
            assertThat(staff.list()).extracting(com.alluressories.caredesk.staff.Staff::staffNo).containsExactly("M01");
            // The demo's published PINs open nothing any more; the new manager's does.
            assertThat(staff.signIn("1001", "1234").outcome())
                    .isEqualTo(com.alluressories.caredesk.staff.SignIn.Outcome.UNKNOWN_STAFF);
            assertThat(staff.signIn("M01", "5678").ok()).isTrue();
            // The trail keeps the demo's history and says who left it; the chain holds.
            assertThat(services.audit().list(com.alluressories.caredesk.staff.AuditFilter.all()))
                    .extracting(com.alluressories.caredesk.staff.AuditEntry::action).contains("DEMO_LEFT", "STAFF_ADDED");
            assertThat(services.audit().verify().intact()).isTrue();
        }
    }

    @Test
    void aDemoStoreFromBeforeSignInGetsTheDemoStaffAndARealShopNever() {
        try (Store store = Store.open(dir)) {
            DemoShop.fill(store, CLOCK);
            store.write(c -> {
                new com.alluressories.caredesk.staff.StaffData().removeAll(c); // as a store from before staff existed
                return null;
            });
            DemoShop.ensureStaff(store, CLOCK);
            assertThat(store.read(com.alluressories.caredesk.staff.StaffRepository::count)).isEqualTo(DemoShop.STAFF.size());
            new ShopService(store, CLOCK, com.alluressories.caredesk.app.Services.STORED_DATA).setUpRealShop(new ShopProfile("MK", "Mong Kok", "88 Nathan Road", "23456789"));
            DemoShop.ensureStaff(store, CLOCK);
            assertThat(store.read(com.alluressories.caredesk.staff.StaffRepository::count)).isZero();
        }
    }

    /** The demo has a piece at every point of Cap. 294's timeline, and customers to tell today. */
    @Test
    void theDemoHasUncollectedPiecesAtEveryPointOfTheOrdinance() {
        try (com.alluressories.caredesk.app.Services services = new com.alluressories.caredesk.app.Services(
                Store.open(dir), CLOCK, com.alluressories.caredesk.policy.PolicyLoader.bundled())) {
            DemoShop.fill(services.store(), CLOCK);
            assertThat(services.notices().uncollected().stream().map(u -> u.timeline().stage()).distinct())
                    .contains(com.alluressories.caredesk.notice.DisposalTimeline.Stage.NO_READY_NOTICE,
                            com.alluressories.caredesk.notice.DisposalTimeline.Stage.WAITING,
                            com.alluressories.caredesk.notice.DisposalTimeline.Stage.DISPUTED,
                            com.alluressories.caredesk.notice.DisposalTimeline.Stage.INTENTION_DUE,
                            com.alluressories.caredesk.notice.DisposalTimeline.Stage.INTENTION_SENT,
                            com.alluressories.caredesk.notice.DisposalTimeline.Stage.DISPOSAL_ALLOWED);
            assertThat(services.notices().toTell(java.util.Optional.of("TST")).stream().map(d -> d.kind()).distinct())
                    .contains(com.alluressories.caredesk.notice.NoticeKind.READY,
                            com.alluressories.caredesk.notice.NoticeKind.REMINDER,
                            com.alluressories.caredesk.notice.NoticeKind.QUOTE,
                            com.alluressories.caredesk.notice.NoticeKind.INTENTION_TO_SELL);
        }
    }

    /**
     * Reports have a past to show: months of repairs at two shops, every verdict, a manager's
     * overrides, final charges, a turnaround that changes from month to month, and one product
     * that keeps coming back; all of it collected, so the counter's worklists hold only today's work.
     */
    @Test
    void theDemoHoldsMonthsOfCollectedRepairsAtTwoShops() {
        try (com.alluressories.caredesk.app.Services services = new com.alluressories.caredesk.app.Services(
                Store.open(dir), CLOCK, com.alluressories.caredesk.policy.PolicyLoader.bundled())) {
            DemoShop.fill(services.store(), CLOCK);
            LocalDate today = LocalDate.now(CLOCK);
            List<com.alluressories.caredesk.ticket.Ticket> history = services.tickets().list(
                    com.alluressories.caredesk.ticket.TicketFilter.all()).stream()
                    .filter(t -> t.createdAt().toLocalDate().isAfter(today.minusMonths(8))).toList();
            Set<java.time.YearMonth> months = history.stream().map(t -> java.time.YearMonth.from(t.createdAt()))
                    .collect(Collectors.toSet());
            assertThat(months).hasSizeGreaterThanOrEqualTo(7).contains(java.time.YearMonth.from(today.minusMonths(6)));
            java.util.Map<String, Long> byShop = history.stream().collect(Collectors.groupingBy(
                    com.alluressories.caredesk.ticket.Ticket::shopCode, Collectors.counting()));
            assertThat(byShop.keySet()).containsExactlyInAnyOrder("TST", DemoHistory.SECOND_SHOP);
            assertThat(byShop.get(DemoHistory.SECOND_SHOP)).isGreaterThanOrEqualTo(history.size() / 4);
            assertThat(history.stream().map(com.alluressories.caredesk.ticket.Ticket::verdict))
                    .contains(com.alluressories.caredesk.policy.Verdict.WARRANTY_REPAIR,
                            com.alluressories.caredesk.policy.Verdict.PARTIAL_WARRANTY,
                            com.alluressories.caredesk.policy.Verdict.CHARGEABLE_REPAIR);
            assertThat(history.stream().filter(t -> t.quoteDecision().filter("DECLINED"::equals).isPresent()))
                    .hasSizeGreaterThanOrEqualTo(2);
            assertThat(history.stream().filter(t -> t.finalCharge().filter(c -> c.signum() > 0).isPresent()))
                    .hasSizeGreaterThanOrEqualTo(20);
            java.util.Map<String, Long> byItem = history.stream().collect(Collectors.groupingBy(
                    com.alluressories.caredesk.ticket.Ticket::itemDescription, Collectors.counting()));
            assertThat(byItem.values()).as("a product that comes back").anyMatch(n -> n >= 3);

            com.alluressories.caredesk.report.Report all = services.reports().report(
                    com.alluressories.caredesk.report.ReportScope.allTime());
            assertThat(all.overrides()).isGreaterThanOrEqualTo(3);
            Set<Double> turnaround = new java.util.HashSet<>();
            for (java.time.YearMonth month : months) {
                services.reports().report(new com.alluressories.caredesk.report.ReportScope(
                        Optional.of(month.atDay(1)), Optional.of(month.atEndOfMonth()), Set.of()))
                        .intakeToReadyP50().ifPresent(turnaround::add);
            }
            assertThat(turnaround).as("days to ready, month by month").hasSizeGreaterThanOrEqualTo(3);

            // Nothing of the past waits on the counter: only the pieces Cap. 294 is about stay uncollected.
            Set<String> uncollected = services.notices().uncollected().stream().map(u -> u.ticketNo())
                    .collect(Collectors.toSet());
            List<com.alluressories.caredesk.ticket.Ticket> past = history.stream()
                    .filter(t -> t.createdAt().toLocalDate().isBefore(today.minusDays(21)))
                    .filter(t -> !uncollected.contains(t.ticketNo())).toList();
            assertThat(past).hasSizeGreaterThanOrEqualTo(60).allSatisfy(t -> assertThat(t.state()).as(t.ticketNo())
                    .isEqualTo(com.alluressories.caredesk.ticket.TicketState.COLLECTED));
        }
    }

    @Test
    void everyDemoTicketIsAPieceItsComplaintMakesSenseFor() {
        try (com.alluressories.caredesk.app.Services services = new com.alluressories.caredesk.app.Services(
                Store.open(dir), CLOCK, com.alluressories.caredesk.policy.PolicyLoader.bundled())) {
            DemoShop.fill(services.store(), CLOCK);
            List<com.alluressories.caredesk.ticket.Ticket> tickets = services.tickets().list(
                    com.alluressories.caredesk.ticket.TicketFilter.all());
            assertThat(tickets).isNotEmpty();
            for (com.alluressories.caredesk.ticket.Ticket t : tickets) {
                com.alluressories.caredesk.claim.ClaimSummary claim = services.claims().get(t.claimId()).orElseThrow();
                String item = claim.itemDescription().toLowerCase(java.util.Locale.ROOT);
                String complaint = claim.complaint();
                if (complaint.contains("Prong") || complaint.contains("戒指")) {
                    assertThat(item).as(complaint).contains("ring").doesNotContain("earring");
                }
                if (complaint.contains("Chain")) {
                    assertThat(item).as(complaint).containsAnyOf("chain", "necklace");
                }
                if (complaint.contains("珍珠")) {
                    assertThat(item).as(complaint).contains("pearl");
                }
                if (complaint.contains("Plating")) {
                    assertThat(item).as(complaint).contains("plated");
                }
                if (complaint.contains("寶石")) {
                    assertThat(item).as(complaint).containsAnyOf("amethyst", "topaz");
                }
            }
        }
    }
}
