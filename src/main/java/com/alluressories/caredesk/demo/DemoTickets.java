package com.alluressories.caredesk.demo;

import com.alluressories.caredesk.claim.ClaimDraft;
import com.alluressories.caredesk.claim.ClaimService;
import com.alluressories.caredesk.claim.ClaimSummary;
import com.alluressories.caredesk.claim.VerdictOverride;
import com.alluressories.caredesk.notice.NoticeKind;
import com.alluressories.caredesk.notice.NoticeService;
import com.alluressories.caredesk.notice.NoticeSettings;
import com.alluressories.caredesk.notice.NoticeWay;
import com.alluressories.caredesk.policy.Policy;
import com.alluressories.caredesk.policy.PolicyLoader;
import com.alluressories.caredesk.policy.Sale;
import com.alluressories.caredesk.policy.Verdict;
import com.alluressories.caredesk.receipt.Receipt;
import com.alluressories.caredesk.receipt.ReceiptLine;
import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.staff.Permission;
import com.alluressories.caredesk.staff.PinHasher;
import com.alluressories.caredesk.staff.StaffService;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.ticket.Outcome;
import com.alluressories.caredesk.ticket.Ticket;
import com.alluressories.caredesk.ticket.TicketService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The demo shop's repair tickets: one or more in every state, some overdue, some with long Chinese
 * names; and pieces never collected at each point of Cap. 294's timeline (a reminder due, a
 * dispute, the notice of intention due, posted, and its 14 days over); behind them, months of
 * collected repairs at two shops ({@link DemoHistory}).
 */
final class DemoTickets {
    private DemoTickets() {
    }

    /** A demo repair; {@code fits} names the catalogue items (SKUs) its complaint makes sense for. */
    private record Case(int daysAgo, String name, String complaint, Set<String> findings, int steps, boolean decline,
                        Optional<VerdictOverride> override, Set<String> fits) {
    }

    /**
     * A piece repaired and never collected: how many days ago it was ready, the ready notice given
     * (by letter, a day later), a dispute raised, and the notice of intention posted (-1: never).
     */
    private record Uncollected(String name, String complaint, Set<String> fits, int readyDaysAgo, int disputeDaysAgo,
                               int intentionDaysAgo, String postingRef) {
    }

    private static final List<Uncollected> UNCOLLECTED = List.of(
            new Uncollected("Lee Ka Yan", "Chain kinked", Set.of("NS-CHN-12", "N18-ROSE-01"), 10, -1, -1, ""),
            new Uncollected("何嘉欣", "耳環針彎曲", Set.of("EP-CZ-09", "ES-PRL-05"), 75, 50, -1, ""),
            new Uncollected("Kelvin Ng", "Ring resized, never collected", Set.of("RS-TOP-07", "R18-SOL-02", "RS-DIA-11"),
                    400, -1, -1, ""),
            new Uncollected("馬美華", "手鏈扣環更換", Set.of("BST-LNK-10", "BS-PRL-04"), 420, -1, 6, "RR204617385HK"),
            new Uncollected("Peter Yip", "Pendant bail replaced", Set.of("NP-STAR-08", "NS-AME-06", "N18-ROSE-01"), 450,
                    -1, 21, "RR198273645HK"));

    static void fill(Store store, Clock clock, List<Receipt> receipts) {
        List<Receipt> named = receipts.stream().filter(r -> r.customerName().isPresent()).toList();
        List<Case> cases = List.of(
                new Case(0, "歐陽卓琳（Catherine）", "扣環扣不上", Set.of("MANUFACTURING_DEFECT"), 0, false, Optional.empty(),
                        Set.of("N18-ROSE-01", "BS-PRL-04", "BST-LNK-10")),
                new Case(1, "Chan Tai Man", "Prong worn, stone loose", Set.of("WORN_PRONG"), 0, false, Optional.empty(),
                        Set.of("R18-SOL-02", "RS-TOP-07", "RS-DIA-11")),
                new Case(3, "司徒詠欣", "珍珠變暗，扣環鬆脫", Set.of("POLISH_SOAK", "MANUFACTURING_DEFECT"), 1, false,
                        Optional.empty(), Set.of("BS-PRL-04", "ES-PRL-05")),
                new Case(6, "Wong Mei Ling", "Chain snapped at the clasp", Set.of("MANUFACTURING_DEFECT"), 2, false,
                        Optional.empty(), Set.of("NS-CHN-12", "N18-ROSE-01")),
                new Case(20, "上官婉儀", "戒指變形", Set.of("PHYSICAL_DAMAGE"), 2, false, Optional.empty(),
                        Set.of("RS-TOP-07", "RS-DIA-11", "R18-SOL-02")),
                new Case(9, "Emily Cheung", "Plating worn off", Set.of("TARNISH", "GENERAL_WEAR"), 3, false, Optional.empty(),
                        Set.of("NP-STAR-08", "EP-CZ-09")),
                new Case(8, "諸葛明朗", "寶石脫落", Set.of("STONE_LOST"), 3, true, Optional.empty(),
                        Set.of("NS-AME-06", "RS-TOP-07")),
                new Case(15, "Jason Lau", "Clasp broken", Set.of("MANUFACTURING_DEFECT"), 4, false,
                        Optional.of(new VerdictOverride(Verdict.WARRANTY_REPAIR, "Regular customer, goodwill repair")),
                        Set.of("BST-LNK-10", "BS-PRL-04", "N18-ROSE-01")));
        Policy policy = PolicyLoader.bundled();
        // The demo's history is written by its own staff, signed in as at the counter (the audit
        // trail shows the demo being made); the goodwill override is approved on the spot.
        AuditLog audit = new AuditLog(store, clock);
        StaffService staff = new StaffService(store, clock, new PinHasher(), audit);
        Actor counter = signIn(staff, DemoShop.counterStaff());
        Actor approved = staff.approve(counter, DemoShop.manager().staff().staffNo(), DemoShop.manager().pin(),
                Permission.OVERRIDE_VERDICT).actor().orElseThrow();
        int pick = 7;
        for (Case demo : cases) {
            // The customer's own receipt if it holds a piece the complaint fits, else another customer's that does.
            int start = (pick += 11) % named.size();
            Receipt receipt = named.stream().filter(r -> r.customerName().orElse("").equals(demo.name()))
                    .filter(r -> fitting(r, demo).isPresent()).findFirst()
                    .orElseGet(() -> java.util.stream.IntStream.range(0, named.size())
                            .mapToObj(i -> named.get((start + i) % named.size()))
                            .filter(r -> fitting(r, demo).isPresent()).findFirst().orElseThrow());
            ReceiptLine line = fitting(receipt, demo).orElseThrow();
            Clock then = Clock.offset(clock, Duration.ofDays(-demo.daysAgo()));
            ClaimService claims = new ClaimService(store, policy, then, () -> receipt.shopCode(), () -> counter, audit);
            Optional<Sale> sale = Optional.of(new Sale(receipt.purchasedAt().toLocalDate(), line.listPrice(),
                    line.paidPrice()));
            ClaimDraft asTicked = new ClaimDraft(Optional.of(receipt.receiptNo()), Optional.of(line.lineNo()), sale,
                    line.description(), Optional.of(line.sku()), line.metal(), line.stones(), demo.name(),
                    receipt.customerPhone().orElse("91234567"), demo.complaint(), "", demo.findings(), List.of(),
                    Optional.empty(), true);
            // A manager's override only where it changes what the policy says.
            Optional<VerdictOverride> override = demo.override()
                    .filter(o -> o.verdict() != claims.decide(asTicked).verdict());
            ClaimDraft draft = new ClaimDraft(asTicked.receiptNo(), asTicked.lineNo(), sale, asTicked.description(),
                    asTicked.sku(), asTicked.metal(), asTicked.stones(), asTicked.customerName(),
                    asTicked.customerPhone(), asTicked.complaint(), "", asTicked.findings(), List.of(), override, true);
            ClaimSummary claim = claims.save(draft, override.isPresent() ? approved : counter);
            TicketService tickets = new TicketService(store, then, () -> counter, audit);
            LocalDate today = LocalDate.now(then);
            Ticket ticket = tickets.open(claim, DemoShop.PROFILE.code(), today.plusDays(14));
            advance(tickets, ticket, demo, today);
        }
        int turn = 3;
        for (Uncollected piece : UNCOLLECTED) {
            LocalDate taken = LocalDate.now(clock).minusDays(piece.readyDaysAgo() + 12L);
            // A receipt from before the piece was taken in, holding a piece the repair fits.
            List<Receipt> before = named.stream().filter(r -> !r.purchasedAt().toLocalDate().isAfter(taken.minusDays(30)))
                    .filter(r -> r.lines().stream().anyMatch(l -> piece.fits().contains(l.sku()))).toList();
            Receipt receipt = before.get((turn += 5) % before.size());
            ReceiptLine line = receipt.lines().stream().filter(l -> piece.fits().contains(l.sku())).findFirst()
                    .orElseThrow();
            Clock then = at(clock, piece.readyDaysAgo() + 12);
            ClaimService claims = new ClaimService(store, policy, then, () -> receipt.shopCode(), () -> counter, audit);
            ClaimSummary claim = claims.save(new ClaimDraft(Optional.of(receipt.receiptNo()), Optional.of(line.lineNo()),
                    Optional.of(new Sale(receipt.purchasedAt().toLocalDate(), line.listPrice(), line.paidPrice())),
                    line.description(), Optional.of(line.sku()), line.metal(), line.stones(), piece.name(),
                    receipt.customerPhone().orElse("91234567"), piece.complaint(), "", Set.of("GENERAL_WEAR"), List.of(),
                    Optional.empty(), true), counter);
            String no = new TicketService(store, then, () -> counter, audit)
                    .open(claim, DemoShop.PROFILE.code(), taken.plusDays(10)).ticketNo();
            new TicketService(store, at(clock, piece.readyDaysAgo() + 11), () -> counter, audit)
                    .quote(no, new BigDecimal("450.00"), "Repair and polish");
            new TicketService(store, at(clock, piece.readyDaysAgo() + 10), () -> counter, audit)
                    .approveQuote(no, "By phone", Optional.of("Kowloon Bay workshop"), Optional.of(taken.plusDays(10)), "");
            new TicketService(store, at(clock, piece.readyDaysAgo()), () -> counter, audit)
                    .ready(no, Outcome.REPAIRED, Optional.empty(), "Done");
            notices(store, at(clock, piece.readyDaysAgo() - 1), counter, audit).record(notices(store,
                    at(clock, piece.readyDaysAgo() - 1), counter, audit).compose(no, NoticeKind.READY, Optional.empty()),
                    NoticeWay.LETTER);
            if (piece.disputeDaysAgo() >= 0) {
                notices(store, at(clock, piece.disputeDaysAgo()), counter, audit).recordDispute(no,
                        NoticeService.DisputeAbout.CHARGES, "Says HK$450 is more than she was told");
            }
            if (piece.intentionDaysAgo() >= 0) {
                NoticeService then2 = notices(store, at(clock, piece.intentionDaysAgo()), counter, audit);
                then2.recordIntention(then2.compose(no, NoticeKind.INTENTION_TO_SELL, Optional.empty()),
                        piece.postingRef());
            }
        }
        DemoHistory.fill(store, clock, named, policy, audit, counter, approved);
        DemoCustody.fill(store, clock, named, policy, audit, counter);
    }

    /** The demo's clock {@code daysAgo} days back, at the same time of day. */
    private static Clock at(Clock clock, int daysAgo) {
        return Clock.offset(clock, Duration.ofDays(-daysAgo));
    }

    private static NoticeService notices(Store store, Clock clock, Actor counter, AuditLog audit) {
        return new NoticeService(new TicketService(store, clock, () -> counter, audit),
                () -> Optional.of(DemoShop.PROFILE), clock, new NoticeSettings(store, audit));
    }

    private static Actor signIn(StaffService staff, DemoShop.DemoStaff who) {
        return staff.signIn(who.staff().staffNo(), who.pin()).actor()
                .orElseThrow(() -> new IllegalStateException("The demo's staff cannot sign in"));
    }

    private static Optional<ReceiptLine> fitting(Receipt receipt, Case demo) {
        return receipt.lines().stream().filter(l -> demo.fits().contains(l.sku())).findFirst();
    }

    private static void advance(TicketService tickets, Ticket ticket, Case demo, LocalDate today) {
        String no = ticket.ticketNo();
        if (demo.steps() == 0) {
            return;
        }
        if (ticket.chargeable()) {
            tickets.quote(no, new BigDecimal("380.00"), "Re-solder and polish");
            if (demo.steps() == 1) {
                return;
            }
            if (demo.decline()) {
                tickets.declineQuote(no, "By phone", "Customer will keep it as it is");
                return;
            }
            tickets.approveQuote(no, "In person", Optional.of("Kowloon Bay workshop"), Optional.of(today.plusDays(10)), "");
        } else {
            tickets.startRepair(no, Optional.of("At the bench"), Optional.of(today.plusDays(5)), "");
        }
        if (demo.steps() == 2) {
            return;
        }
        tickets.ready(no, Outcome.REPAIRED, Optional.empty(), "Done");
        if (demo.steps() == 3) {
            return;
        }
        tickets.collect(no, ticket.last4(), Optional.empty(), "");
    }
}
