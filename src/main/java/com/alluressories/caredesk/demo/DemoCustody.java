package com.alluressories.caredesk.demo;

import com.alluressories.caredesk.claim.ClaimDraft;
import com.alluressories.caredesk.claim.ClaimService;
import com.alluressories.caredesk.claim.ClaimSummary;
import com.alluressories.caredesk.custody.CustodyService;
import com.alluressories.caredesk.custody.Dispatch;
import com.alluressories.caredesk.policy.Policy;
import com.alluressories.caredesk.policy.Sale;
import com.alluressories.caredesk.receipt.Receipt;
import com.alluressories.caredesk.receipt.ReceiptLine;
import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.ticket.Custody;
import com.alluressories.caredesk.ticket.Outcome;
import com.alluressories.caredesk.ticket.Ticket;
import com.alluressories.caredesk.ticket.TicketFilter;
import com.alluressories.caredesk.ticket.TicketService;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The demo's pieces in every place, moved through the real services as each place would: at TST
 * and at CWB; at the workshop (one there longer than the workshop should keep it); on their way
 * to the workshop; and two on their way from the workshop to TST, one of them taken in at CWB by a
 * customer who collects at TST, so TST can receive them and hand that one over on one PC.
 */
final class DemoCustody {
    /** The workshop's PC, by the code head office would give it: it numbers the workshop's dispatches. */
    static final String WORKSHOP_PC = "WS";

    private DemoCustody() {
    }

    static void fill(Store store, Clock clock, List<Receipt> named, Policy policy, AuditLog audit, Actor counter) {
        String shop = DemoShop.PROFILE.code();
        Ticket longAway = find(store, clock, counter, audit, "上官婉儀");
        Ticket away = find(store, clock, counter, audit, "Wong Mei Ling");
        Ticket leaving = find(store, clock, counter, audit, "Chan Tai Man");
        // Sent to the workshop the day after each was taken in, and received there the day after that.
        send(store, clock, 19, shop, Custody.WORKSHOP, "Kerry Express", counter, audit, List.of(longAway.ticketNo()), 18);
        send(store, clock, 5, shop, Custody.WORKSHOP, "Kerry Express", counter, audit, List.of(away.ticketNo()), 4);
        // Today's bag to the workshop, not there yet.
        send(store, clock, 0, shop, Custody.WORKSHOP, "Lalamove", counter, audit, List.of(leaving.ticketNo()), -1);

        // Taken in at CWB: one still there, one to be collected at TST, repaired at the workshop and on its way.
        intake(store, at(clock, 2), named, policy, audit, counter, "Lam Hoi Yan", "Chain kinked",
                List.of("chain", "necklace"));
        Ticket toCollect = intake(store, at(clock, 8), named, policy, audit, counter, "區美琪", "扣環鬆脫",
                List.of("bracelet", "necklace", "chain"));
        custody(store, at(clock, 8), "CWB", "CWB", counter, audit).collectAt(toCollect.ticketNo(), shop);
        send(store, clock, 7, "CWB", Custody.WORKSHOP, "Kerry Express", counter, audit, List.of(toCollect.ticketNo()), 6);
        TicketService bench = tickets(store, at(clock, 1), counter, audit, Custody.WORKSHOP);
        if (toCollect.chargeable()) {
            bench.quote(toCollect.ticketNo(), new java.math.BigDecimal("280.00"), "New clasp");
            bench.approveQuote(toCollect.ticketNo(), "By phone", Optional.of("Kowloon Bay workshop"), Optional.empty(), "");
        } else {
            bench.startRepair(toCollect.ticketNo(), Optional.of("Kowloon Bay workshop"), Optional.empty(), "");
        }
        bench.ready(toCollect.ticketNo(), Outcome.REPAIRED, Optional.empty(), "Clasp replaced");
        TicketService rework = tickets(store, at(clock, 1), counter, audit, Custody.WORKSHOP);
        rework.ready(away.ticketNo(), Outcome.REPAIRED, Optional.empty(), "Chain re-soldered");
        send(store, clock, 0, Custody.WORKSHOP, shop, "Kerry Express", counter, audit,
                List.of(toCollect.ticketNo(), away.ticketNo()), -1);
    }

    /** A dispatch {@code daysAgo} from one place to another with these pieces, received {@code receivedDaysAgo} (-1: not yet). */
    private static void send(Store store, Clock clock, int daysAgo, String from, String to, String courier, Actor counter,
                             AuditLog audit, List<String> pieces, int receivedDaysAgo) {
        CustodyService sender = custody(store, at(clock, daysAgo), from, from.equals(Custody.WORKSHOP) ? WORKSHOP_PC : from,
                counter, audit);
        Dispatch d = sender.open(to, courier);
        for (String ticketNo : pieces) {
            sender.scanInto(d.dispatchNo(), ticketNo);
        }
        sender.recordManifestPrint(d.dispatchNo());
        if (receivedDaysAgo >= 0) {
            CustodyService receiver = custody(store, at(clock, receivedDaysAgo), to,
                    to.equals(Custody.WORKSHOP) ? WORKSHOP_PC : to, counter, audit);
            for (String ticketNo : pieces) {
                receiver.receive(d.dispatchNo(), ticketNo);
            }
        }
    }

    private static Ticket intake(Store store, Clock then, List<Receipt> named, Policy policy, AuditLog audit,
                                 Actor counter, String name, String complaint, List<String> fits) {
        // A CWB sale of a piece the complaint fits, one to two months before if there is one (the warranty covers it).
        LocalDate day = LocalDate.now(then);
        java.util.function.Predicate<ReceiptLine> fitting = l -> fits.stream()
                .anyMatch(w -> l.description().toLowerCase(java.util.Locale.ROOT).contains(w));
        List<Receipt> cwb = named.stream().filter(r -> r.shopCode().equals("CWB"))
                .filter(r -> !r.purchasedAt().toLocalDate().isAfter(day.minusDays(30)))
                .filter(r -> r.lines().stream().anyMatch(fitting)).toList();
        Receipt receipt = cwb.stream().filter(r -> r.purchasedAt().toLocalDate().isAfter(day.minusDays(75)))
                .reduce((a, b) -> b).orElseGet(() -> cwb.get(cwb.size() - 1));
        ReceiptLine line = receipt.lines().stream().filter(fitting).findFirst().orElseThrow();
        ClaimService claims = new ClaimService(store, policy, then, () -> "CWB", () -> counter, audit);
        ClaimSummary claim = claims.save(new ClaimDraft(Optional.of(receipt.receiptNo()), Optional.of(line.lineNo()),
                Optional.of(new Sale(receipt.purchasedAt().toLocalDate(), line.listPrice(), line.paidPrice())),
                line.description(), Optional.of(line.sku()), line.metal(), line.stones(), name,
                receipt.customerPhone().orElse("91234567"), complaint, "", Set.of("MANUFACTURING_DEFECT"), List.of(),
                Optional.empty(), true), counter);
        return tickets(store, then, counter, audit, "CWB").open(claim, "CWB", LocalDate.now(then).plusDays(14));
    }

    private static Ticket find(Store store, Clock clock, Actor counter, AuditLog audit, String name) {
        return tickets(store, clock, counter, audit, DemoShop.PROFILE.code()).list(TicketFilter.all().withSearch(name))
                .stream().filter(t -> t.customerName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo: no ticket for " + name));
    }

    private static TicketService tickets(Store store, Clock clock, Actor counter, AuditLog audit, String place) {
        return new TicketService(store, clock, () -> counter, audit, () -> Optional.of(place));
    }

    private static CustodyService custody(Store store, Clock clock, String place, String code, Actor counter,
                                          AuditLog audit) {
        return new CustodyService(store, clock, () -> counter, audit, tickets(store, clock, counter, audit, place),
                () -> Optional.of(code), () -> Optional.of(place));
    }

    private static Clock at(Clock clock, int daysAgo) {
        return Clock.offset(clock, Duration.ofDays(-daysAgo));
    }
}
