package com.alluressories.caredesk.demo;

import com.alluressories.caredesk.claim.ClaimDraft;
import com.alluressories.caredesk.claim.ClaimService;
import com.alluressories.caredesk.claim.ClaimSummary;
import com.alluressories.caredesk.claim.VerdictOverride;
import com.alluressories.caredesk.policy.Decision;
import com.alluressories.caredesk.policy.Policy;
import com.alluressories.caredesk.policy.Sale;
import com.alluressories.caredesk.policy.Verdict;
import com.alluressories.caredesk.receipt.Receipt;
import com.alluressories.caredesk.receipt.ReceiptLine;
import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.ticket.Outcome;
import com.alluressories.caredesk.ticket.Ticket;
import com.alluressories.caredesk.ticket.TicketService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The demo's past: months of repairs behind today's open work, so that Reports have trends to
 * show. About a hundred tickets opened over the last seven months or so, two in three at the demo
 * shop and the rest at Causeway Bay (as a PC that has joined the chain holds its other shops'
 * tickets), each taken through the services on the day it happened: warranty repairs, partial
 * warranty and chargeable repairs, a few goodwill overrides, a few quotes declined, a workshop
 * slower in the summer, in December and around Chinese New Year, and one steel bracelet whose clasp
 * keeps failing.
 * All are collected, so none waits on the counter's worklists. Seeded: the same every time, but
 * for being anchored on today's date.
 */
final class DemoHistory {
    /** The demo's second shop; its receipts are in the demo already. */
    static final String SECOND_SHOP = "CWB";
    static final int TICKETS = 96;
    /**
     * The newest intake, in days before today: the demo's own cases of the last two weeks
     * ({@link DemoTickets}) stay the newest, its collected one first among the finished tickets.
     */
    private static final int NEWEST = 16;
    private static final int OLDEST = 225;
    /** Workshop days by month of intake (January first): December's rush, Chinese New Year, the summer. */
    private static final int[] BENCH_DAYS = {9, 12, 7, 6, 6, 7, 10, 10, 6, 7, 8, 13};
    private static final String WORKSHOP = "Kowloon Bay workshop";
    /** How long after a warranty ended a manager still repairs a defect free, as goodwill. */
    private static final int GOODWILL_DAYS = 45;

    /**
     * What customers bring back: the complaint as typed at the counter (in English, or in Chinese for
     * a customer with a Chinese name), what staff find, the catalogue items (SKUs) it makes sense
     * for, how often it comes in, and the quote's range in HK$ when it is charged.
     */
    private record Repair(String complaint, String complaintZh, Set<String> findings, Set<String> fits, int weight,
                          int quoteFrom, int quoteTo, String work) {
        boolean defect() {
            return findings.contains("MANUFACTURING_DEFECT");
        }
    }

    /** The product that keeps coming back, in warranty or out: the steel link bracelet's clasp. */
    private static final Repair CLASP_FLAW = new Repair("Clasp will not stay closed", "扣環扣不上",
            Set.of("MANUFACTURING_DEFECT"), Set.of("BST-LNK-10"), 14, 180, 260, "Replace clasp");

    private static final List<Repair> REPAIRS = List.of(CLASP_FLAW,
            new Repair("Clasp came apart", "扣環鬆脫", Set.of("MANUFACTURING_DEFECT"),
                    Set.of("BS-PRL-04", "NS-CHN-12"), 7, 220, 380, "Re-solder clasp"),
            new Repair("Earring post snapped", "耳針斷了", Set.of("MANUFACTURING_DEFECT"),
                    Set.of("E14-HOOP-03", "ES-PRL-05"), 6, 160, 280, "Replace post"),
            new Repair("Pendant bail opened", "吊墜扣位鬆開", Set.of("MANUFACTURING_DEFECT"),
                    Set.of("NP-STAR-08", "NS-AME-06"), 5, 150, 250, "Close and solder bail"),
            new Repair("Chain snapped at the clasp", "頸鏈扣位斷開", Set.of("MANUFACTURING_DEFECT"),
                    Set.of("NS-CHN-12", "NP-STAR-08"), 5, 220, 420, "Re-solder end ring"),
            new Repair("Prong worn, stone loose", "戒指爪位磨損，石鬆", Set.of("WORN_PRONG"),
                    Set.of("R18-SOL-02", "RS-DIA-11", "RS-TOP-07"), 8, 380, 680, "Re-tip prongs"),
            new Repair("Plating worn off", "電鍍褪色", Set.of("TARNISH", "GENERAL_WEAR"), Set.of("NP-STAR-08", "EP-CZ-09"),
                    8, 280, 380, "Re-plate"),
            new Repair("Silver darkened", "銀器變黑", Set.of("TARNISH"),
                    Set.of("NS-CHN-12", "RS-TOP-07", "NS-AME-06", "RS-DIA-11"), 6, 150, 220, "Clean and polish"),
            new Repair("Ring bent out of shape", "戒指變形", Set.of("PHYSICAL_DAMAGE"),
                    Set.of("RS-TOP-07", "RS-DIA-11", "R18-SOL-02"), 5, 320, 520, "Reshape and polish"),
            new Repair("Bangle dented", "手鐲撞凹", Set.of("PHYSICAL_DAMAGE"), Set.of("B18-PRL-13"), 2, 580, 980,
                    "Remove dent and polish"),
            new Repair("Hair clip snapped", "髮夾斷開", Set.of("PHYSICAL_DAMAGE"), Set.of("HO-CRY-14"), 2, 120, 180,
                    "Replace spring"),
            new Repair("Stone fell out", "寶石脫落", Set.of("STONE_LOST"), Set.of("NS-AME-06", "RS-TOP-07"), 4, 480, 880,
                    "Set a new stone"),
            new Repair("Crystal missing", "水鑽脫落", Set.of("STONE_LOST"), Set.of("EP-CZ-09", "HO-CRY-14"), 3, 120, 220,
                    "Set a new crystal"),
            new Repair("Pearls dull after a polish dip", "珍珠浸洗後變暗", Set.of("POLISH_SOAK"),
                    Set.of("BS-PRL-04", "ES-PRL-05"), 5, 280, 480, "Replace pearls"),
            new Repair("Stone clouded after a polish dip", "石面浸洗後變霧", Set.of("POLISH_SOAK"),
                    Set.of("NS-AME-06", "RS-TOP-07"), 3, 380, 580, "Re-polish stone"),
            new Repair("Pearls dull, clasp loose", "珍珠變暗，扣環鬆脫", Set.of("POLISH_SOAK", "MANUFACTURING_DEFECT"),
                    Set.of("BS-PRL-04", "B18-PRL-13"), 8, 180, 320, "Pearls charged; clasp under warranty"),
            new Repair("Clasp faulty, finish scratched", "扣環壞，表面刮花", Set.of("MANUFACTURING_DEFECT", "GENERAL_WEAR"),
                    Set.of("N18-ROSE-01"), 6, 150, 250, "Polish charged; clasp under warranty"),
            new Repair("Chain links stretched", "鏈節拉長", Set.of("WORN_CHAIN"), Set.of("NS-CHN-12", "N18-ROSE-01"), 4,
                    220, 420, "Replace worn links"));

    private static final List<Repair> DEFECTS = REPAIRS.stream().filter(Repair::defect).toList();

    /** A piece on a receipt, as a customer brings it back. */
    private record Piece(Receipt receipt, ReceiptLine line) {
        LocalDate bought() {
            return receipt.purchasedAt().toLocalDate();
        }
    }

    private DemoHistory() {
    }

    /**
     * Writes the history through the services, as {@code counter} at the counter; a verdict
     * overridden carries {@code approved}, the manager's approval on the spot.
     */
    static void fill(Store store, Clock clock, List<Receipt> named, Policy policy, AuditLog audit, Actor counter,
                     Actor approved) {
        Random random = new Random(20_260_601L);
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        LocalDate last = today.minusDays(1);
        List<Piece> pieces = new ArrayList<>();
        for (Receipt receipt : named) {
            for (ReceiptLine line : receipt.lines()) {
                pieces.add(new Piece(receipt, line));
            }
        }
        List<Integer> daysAgo = new ArrayList<>();
        for (int i = 0; i < TICKETS; i++) {
            daysAgo.add(NEWEST + random.nextInt(OLDEST - NEWEST + 1));
        }
        daysAgo.sort(java.util.Comparator.reverseOrder());
        for (int i = 0; i < daysAgo.size(); i++) {
            LocalDate intake = today.minusDays(daysAgo.get(i));
            // Every third piece is taken in at the second shop: both shops every month.
            String shop = i % 3 == 1 ? SECOND_SHOP : DemoShop.PROFILE.code();
            // A defect with no piece in warranty to bring is another defect, so the mix holds.
            Repair repair = pick(REPAIRS, random);
            Optional<Piece> piece = piece(policy, pieces, repair, intake, random);
            while (piece.isEmpty()) {
                repair = pick(repair.defect() ? DEFECTS : REPAIRS, random);
                piece = piece(policy, pieces, repair, intake, random);
            }
            Timeline when = new Timeline(random, zone, intake.atTime(11 + random.nextInt(8), random.nextInt(60)), last);
            ClaimSummary claim = claim(store, policy, audit, counter, approved, when.clock(), shop, piece.get(), repair,
                    random);
            int bench = Math.max(2, BENCH_DAYS[intake.getMonthValue() - 1] + (shop.equals(SECOND_SHOP) ? 2 : 0)
                    + random.nextInt(4) - (repair.findings().equals(Set.of("TARNISH")) ? 4 : 0));
            work(store, audit, counter, when, claim, shop, repair, bench, random);
        }
    }

    /** The ticket's steps, each on its day: quote and answer (or straight to the bench), ready, collected. */
    private static void work(Store store, AuditLog audit, Actor counter, Timeline when, ClaimSummary claim, String shop,
                             Repair repair, int bench, Random random) {
        boolean chargeable = claim.finalVerdict() != Verdict.WARRANTY_REPAIR;
        Ticket ticket = tickets(store, when.clock(), counter, audit).open(claim, shop,
                when.day().plusDays(bench + (chargeable ? 5 : 2)));
        String no = ticket.ticketNo();
        Optional<BigDecimal> charge = Optional.empty();
        String done = "Done";
        if (chargeable) {
            BigDecimal quote = BigDecimal.valueOf((repair.quoteFrom()
                    + random.nextInt(repair.quoteTo() - repair.quoteFrom() + 1)) / 10 * 10L).setScale(2);
            tickets(store, when.after(1 + random.nextInt(2)), counter, audit).quote(no, quote, repair.work());
            TicketService answer = tickets(store, when.after(random.nextInt(4)), counter, audit);
            String how = random.nextBoolean() ? "By phone" : "In person";
            if (random.nextInt(12) == 0) {
                answer.declineQuote(no, how, "Customer will keep it as it is");
                tickets(store, when.after(1 + random.nextInt(7)), counter, audit).collect(no, ticket.last4(),
                        Optional.empty(), "");
                return;
            }
            answer.approveQuote(no, how, Optional.of(WORKSHOP), Optional.of(when.day().plusDays(bench)), "");
            // Now and then the workshop finds more to do than was quoted.
            boolean more = random.nextInt(6) == 0;
            charge = Optional.of(more ? quote.add(new BigDecimal("80.00")) : quote);
            done = more ? "More work than quoted, agreed by phone" : done;
        } else {
            boolean inHouse = shop.equals(DemoShop.PROFILE.code()) && random.nextInt(4) == 0;
            tickets(store, when.after(random.nextInt(2)), counter, audit).startRepair(no,
                    Optional.of(inHouse ? "At the bench" : WORKSHOP), Optional.of(when.day().plusDays(bench)), "");
        }
        tickets(store, when.after(bench), counter, audit).ready(no, Outcome.REPAIRED, charge, done);
        // Most collect within a week; some take a few weeks, more so in December.
        int wait = 1 + random.nextInt(random.nextInt(5) == 0 ? 25 : 7) + (when.day().getMonthValue() == 12 ? 4 : 0);
        tickets(store, when.after(wait), counter, audit).collect(no, ticket.last4(), Optional.empty(), "");
    }

    /** One of {@code repairs}, as often as its weight says. */
    private static Repair pick(List<Repair> repairs, Random random) {
        int roll = random.nextInt(repairs.stream().mapToInt(Repair::weight).sum());
        for (Repair repair : repairs) {
            roll -= repair.weight();
            if (roll < 0) {
                return repair;
            }
        }
        throw new IllegalStateException("weights");
    }

    /**
     * A piece bought before the day that the repair makes sense for. A defect comes mostly on a
     * piece still in warranty; now and then on an older one (the customer pays, or a manager is
     * kind); otherwise the day brings another repair.
     */
    private static Optional<Piece> piece(Policy policy, List<Piece> pieces, Repair repair, LocalDate intake,
                                         Random random) {
        List<Piece> fitting = pieces.stream().filter(p -> repair.fits().contains(p.line().sku()))
                .filter(p -> p.bought().isBefore(intake.minusDays(2))).toList();
        if (fitting.isEmpty()) {
            return Optional.empty();
        }
        if (repair.defect()) {
            List<Piece> covered = fitting.stream().filter(p -> inWarranty(policy, p, intake)).toList();
            if (!covered.isEmpty() && random.nextInt(6) > 0) {
                return Optional.of(covered.get(random.nextInt(covered.size())));
            }
            if (repair != CLASP_FLAW && random.nextInt(3) > 0) {
                return Optional.empty();
            }
            // Rather one whose warranty ended only weeks ago: a manager may repair it free all the same.
            List<Piece> lately = fitting.stream().filter(p -> !inWarranty(policy, p, intake)
                    && inWarranty(policy, p, intake.minusDays(GOODWILL_DAYS))).toList();
            if (!lately.isEmpty()) {
                return Optional.of(lately.get(random.nextInt(lately.size())));
            }
        }
        return Optional.of(fitting.get(random.nextInt(fitting.size())));
    }

    private static Sale sale(Piece piece) {
        return new Sale(piece.bought(), piece.line().listPrice(), piece.line().paidPrice());
    }

    private static boolean inWarranty(Policy policy, Piece piece, LocalDate day) {
        ReceiptLine line = piece.line();
        return !policy.isFinalSale(sale(piece))
                && !day.isAfter(piece.bought().plusMonths(policy.warrantyMonths(line.metal(), line.stones())));
    }

    /**
     * Saves the claim as staff would: the policy's verdict, or a manager's goodwill where the
     * warranty ran out a few weeks ago, or where a regular customer's partial warranty is made whole.
     */
    private static ClaimSummary claim(Store store, Policy policy, AuditLog audit, Actor counter, Actor approved,
                                      Clock then, String shop, Piece piece, Repair repair, Random random) {
        Receipt receipt = piece.receipt();
        ReceiptLine line = piece.line();
        String name = receipt.customerName().orElseThrow();
        boolean chinese = name.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        ClaimService claims = new ClaimService(store, policy, then, () -> shop, () -> counter, audit);
        ClaimDraft draft = new ClaimDraft(Optional.of(receipt.receiptNo()), Optional.of(line.lineNo()),
                Optional.of(sale(piece)), line.description(), Optional.of(line.sku()), line.metal(), line.stones(), name,
                receipt.customerPhone().orElseThrow(), chinese ? repair.complaintZh() : repair.complaint(), "",
                repair.findings(), List.of(), Optional.empty(), true);
        Decision decision = claims.decide(draft);
        LocalDate day = LocalDate.now(then);
        Optional<VerdictOverride> override = Optional.empty();
        boolean justExpired = decision.verdict() == Verdict.CHARGEABLE_REPAIR && repair.defect()
                && decision.flagCodes().equals(List.of("WARRANTY_EXPIRED")) && decision.warrantyEnds()
                .filter(end -> ChronoUnit.DAYS.between(end, day) <= GOODWILL_DAYS).isPresent();
        if (justExpired) {
            override = Optional.of(new VerdictOverride(Verdict.WARRANTY_REPAIR,
                    "Warranty ended only weeks ago: goodwill repair"));
        } else if (decision.verdict() == Verdict.PARTIAL_WARRANTY && random.nextInt(5) == 0) {
            override = Optional.of(new VerdictOverride(Verdict.WARRANTY_REPAIR, "Regular customer: all of it free"));
        }
        if (override.isEmpty()) {
            return claims.save(draft, counter);
        }
        return claims.save(new ClaimDraft(draft.receiptNo(), draft.lineNo(), draft.sale(), draft.description(),
                draft.sku(), draft.metal(), draft.stones(), draft.customerName(), draft.customerPhone(), draft.complaint(),
                "", draft.findings(), List.of(), override, true), approved);
    }

    private static TicketService tickets(Store store, Clock clock, Actor counter, AuditLog audit) {
        return new TicketService(store, clock, () -> counter, audit);
    }

    /**
     * A ticket's days, step after step: each step on its day at shop hours, never before the one
     * before it, and never later than {@code last} (the newest tickets are hurried to be collected).
     */
    private static final class Timeline {
        private final Random random;
        private final ZoneId zone;
        private final LocalDate last;
        private LocalDateTime at;

        Timeline(Random random, ZoneId zone, LocalDateTime start, LocalDate last) {
            this.random = random;
            this.zone = zone;
            this.at = start;
            this.last = last;
        }

        LocalDate day() {
            return at.toLocalDate();
        }

        Clock clock() {
            return Clock.fixed(at.atZone(zone).toInstant(), zone);
        }

        /** The clock of the next step, {@code days} after the last one. */
        Clock after(int days) {
            LocalDate day = at.toLocalDate().plusDays(days);
            if (day.isAfter(last)) {
                day = last;
            }
            LocalDateTime next = day.atTime(11 + random.nextInt(8), random.nextInt(60));
            at = next.isAfter(at) ? next : at.plusMinutes(5 + random.nextInt(40));
            return clock();
        }
    }
}
