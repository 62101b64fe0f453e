package com.alluressories.caredesk.ticket;

import com.alluressories.caredesk.claim.ClaimSummary;
import com.alluressories.caredesk.money.Money;
import com.alluressories.caredesk.policy.Verdict;
import com.alluressories.caredesk.receipt.PhoneNumber;
import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.AuditAction;
import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.staff.Permission;
import com.alluressories.caredesk.staff.Staff;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.store.StoredTime;
import com.alluressories.caredesk.text.HkidCheck;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Repair tickets as the counter works them: open one for a saved claim, take it through the
 * workflow ({@link TicketWorkflow} says which steps are allowed), hand it over to the customer
 * whose phone it carries. Each action is one transaction with its history event and audit entry;
 * the rows are {@link TicketRepository}'s.
 */
public final class TicketService {
    private final Store store;
    private final Clock clock;
    private final Supplier<Actor> actor;
    private final AuditLog audit;
    private final Supplier<Optional<String>> here;

    /** @param actor who is signed in and acting; every step and print records them */
    public TicketService(Store store, Clock clock, Supplier<Actor> actor, AuditLog audit) {
        this(store, clock, actor, audit, Optional::empty);
    }

    /**
     * @param here where this PC is (a shop's code, or {@link Custody#WORKSHOP}): a piece is handed
     *        over only where it is, and the handover records the place; empty when not known
     */
    public TicketService(Store store, Clock clock, Supplier<Actor> actor, AuditLog audit,
                         Supplier<Optional<String>> here) {
        this.store = store;
        this.clock = clock;
        this.actor = actor;
        this.audit = audit;
        this.here = here;
    }

    /** Opens the ticket for a saved claim, numbered in the same transaction. A claim has one ticket. */
    public Ticket open(ClaimSummary claim, String shopCode, LocalDate promised) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (shopCode == null || shopCode.isBlank()) {
            throw new TicketException("ticket.refused.noShop");
        }
        if (promised.isBefore(now.toLocalDate())) {
            throw new TicketException("ticket.refused.promisedPast", promised);
        }
        boolean chargeable = claim.finalVerdict() != Verdict.WARRANTY_REPAIR;
        String phone = claim.customerPhone();
        String last4 = phone.substring(Math.max(0, phone.length() - 4));
        Actor by = actor.get();
        long id = store.write(c -> {
            String ticketNo = TicketRepository.nextNumber(c, shopCode, now.toLocalDate());
            long ticketId = TicketRepository.insert(c, ticketNo, shopCode, claim.id(), chargeable, now, promised, last4);
            TicketRepository.appendEvent(c, ticketId, now, TicketHistory.OPEN, null, TicketState.RECEIVED, Map.of(),
                    by, "");
            TicketRepository.derive(c, ticketId, chargeable);
            audit.append(c, by, AuditAction.TICKET_OPENED, ticketNo, Map.of("claim", claim.id(),
                    "promised", promised.toString(), "chargeable", chargeable));
            return ticketId;
        });
        return store.read(c -> TicketRepository.select(c, "t.id = ?", List.of(id), 1)).get(0);
    }

    /**
     * Records that the customer was told ({@code kind}: QUOTE, READY, REMINDER…) and how ({@code way}:
     * WHATSAPP, SMS, CLIPBOARD, LETTER…), with the exact text sent, in the ticket's history; the audit
     * trail gets the kind and the way, never the text (it names the customer).
     */
    public void recordNotice(String ticketNo, String kind, String way, String text) {
        recordNotice(ticketNo, kind, way, text, Map.of(), history -> {
        });
    }

    /**
     * Records a notice with more details (a registered letter's posting reference) after a check
     * that runs on the ticket's history inside the same transaction and throws to refuse it.
     * The extra details go to the audit trail too: they must never name the customer.
     */
    public void recordNotice(String ticketNo, String kind, String way, String text, Map<String, Object> extra,
                             HistoryCheck check) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", kind);
        details.put("way", way);
        details.put("text", text);
        details.putAll(extra);
        Map<String, Object> audited = new LinkedHashMap<>();
        audited.put("kind", kind);
        audited.put("way", way);
        audited.putAll(extra);
        remark(ticketNo, TicketHistory.NOTICE, details, "", AuditAction.NOTICE_GIVEN, audited, check);
    }

    /**
     * Records that the customer disputes the charge or the work ({@code about}: CHARGES or WORK),
     * with what they said: while it stands, the piece may not be disposed of (Cap. 294 s.2(4)).
     */
    public void recordDispute(String ticketNo, String about, String note, HistoryCheck check) {
        required(note, "note");
        remark(ticketNo, TicketHistory.DISPUTE, Map.of("about", about), note.strip(), AuditAction.DISPUTE_RECORDED,
                Map.of("about", about), check);
    }

    /** Records that a dispute was determined, and how: Cap. 294's 12 months run again from today. */
    public void recordDisputeSettled(String ticketNo, String how, HistoryCheck check) {
        required(how, "how");
        remark(ticketNo, TicketHistory.DISPUTE_SETTLED, Map.of(), how.strip(), AuditAction.DISPUTE_SETTLED, Map.of(),
                check);
    }

    /**
     * Refuses a note or a step's words that hold a Hong Kong Identity Card number: CareDesk never
     * keeps one (a repair does not need it), and a ticket's history can never be edited.
     */
    private static void refuseHkid(String note, Map<String, ?> details) {
        boolean found = HkidCheck.holdsOne(note);
        for (Object value : details.values()) {
            found |= value instanceof String text && HkidCheck.holdsOne(text);
        }
        if (found) {
            throw new TicketException("ticket.refused.hkid");
        }
    }

    /** A check of a ticket's history made inside the transaction that records a step; throws to refuse it. */
    @FunctionalInterface
    public interface HistoryCheck {
        void check(List<TicketEvent> history);
    }

    private void remark(String ticketNo, String action, Map<String, Object> details, String note, AuditAction audited,
                        Map<String, Object> auditDetails, HistoryCheck check) {
        Actor by = actor.get();
        store.write(c -> {
            TicketRepository.deriveStale(c);
            Ticket ticket = TicketRepository.select(c, "t.ticket_no = ?", List.of(ticketNo.strip()), 1).stream()
                    .findFirst().orElseThrow(() -> unknown(ticketNo));
            check.check(TicketRepository.events(c, ticket.ticketNo()));
            refuseHkid(note, details);
            TicketRepository.appendEvent(c, ticket.id(), LocalDateTime.now(clock), action, ticket.state(),
                    ticket.state(), details, by, note);
            TicketRepository.derive(c, ticket.id(), ticket.chargeable());
            audit.append(c, by, audited, ticket.ticketNo(), auditDetails);
            return null;
        });
    }

    /**
     * Records that an uncollected piece was sold or disposed of ({@code how}: by auction, at the
     * lowest price the notice stated…): a manager's step, allowed only when {@code check} — Cap.
     * 294's timeline, run on the history inside the transaction — does not refuse it.
     */
    public Ticket dispose(String ticketNo, String how, Map<String, Object> details, HistoryCheck check) {
        return dispose(ticketNo, how, details, check, actor.get());
    }

    /** {@link #dispose(String, String, Map, HistoryCheck)} recorded under {@code by} (a manager, or one approving). */
    public Ticket dispose(String ticketNo, String how, Map<String, Object> details, HistoryCheck check, Actor by) {
        required(how, "how");
        by.require(Permission.DISPOSE_UNCOLLECTED);
        return act(ticketNo, TicketAction.DISPOSE, by, (t, history) -> {
            check.check(history.get());
            return new Step(details, how.strip());
        });
    }

    /** A check of a ticket, as derived now, made inside the transaction that records a custody step; throws to refuse it. */
    @FunctionalInterface
    public interface TicketCheck {
        void check(Ticket ticket);
    }

    /**
     * Records a custody step (a {@link TicketHistory#isCustody} action: the piece dispatched,
     * received, missing, where it is to be collected) after {@code check} accepts the ticket as it
     * stands, in one transaction with its audit entry (by ticket number, with {@code audited}:
     * never words about the customer). Returns the ticket as it is afterwards.
     */
    public Ticket recordCustody(String ticketNo, String action, Map<String, Object> details, String note, Actor by,
                                AuditAction audited, Map<String, Object> auditDetails, TicketCheck check) {
        if (!TicketHistory.isCustody(action)) {
            throw new IllegalArgumentException("action: not a custody step: " + action);
        }
        String key = ticketNo == null ? "" : ticketNo.strip().toUpperCase(Locale.ROOT);
        String noteText = note == null ? "" : note.strip();
        store.write(c -> {
            TicketRepository.deriveStale(c);
            Ticket ticket = TicketRepository.select(c, "t.ticket_no = ?", List.of(key), 1).stream().findFirst()
                    .orElseThrow(() -> unknown(key));
            check.check(ticket);
            refuseHkid(noteText, details);
            TicketRepository.appendEvent(c, ticket.id(), LocalDateTime.now(clock), action, ticket.state(), ticket.state(),
                    details, by, noteText);
            TicketRepository.derive(c, ticket.id(), ticket.chargeable());
            audit.append(c, by, audited, ticket.ticketNo(), auditDetails);
            return null;
        });
        return get(key).orElseThrow();
    }

    /** A notice given: what kind, which way, when. */
    public record GivenNotice(String kind, String way, LocalDateTime at) {
    }

    /** A chargeable ticket gets its quote (HK$) for the customer to approve or decline. */
    public Ticket quote(String ticketNo, BigDecimal amount, String note) {
        if (!TicketWorkflow.validQuote(amount)) {
            throw new IllegalArgumentException("quote: must be an amount above zero with at most two decimals");
        }
        return act(ticketNo, TicketAction.QUOTE, actor.get(), (t, h) -> new Step(Map.of("quote_cents",
                Money.of(amount).cents()), note));
    }

    /** The customer approves the quote (how: in person, by phone, …); the piece goes to repair. */
    public Ticket approveQuote(String ticketNo, String how, Optional<String> workshop, Optional<LocalDate> expectedReturn,
                               String note) {
        required(how, "how");
        return act(ticketNo, TicketAction.APPROVE_QUOTE, actor.get(), (t, h) -> {
            Map<String, Object> details = bench(workshop, expectedReturn);
            details.put("how", how.strip());
            return new Step(details, note);
        });
    }

    /** The customer declines the quote: the piece comes back unrepaired. */
    public Ticket declineQuote(String ticketNo, String how, String note) {
        required(how, "how");
        return act(ticketNo, TicketAction.DECLINE_QUOTE, actor.get(), (t, h) -> new Step(Map.of("how", how.strip()), note));
    }

    /** A warranty repair goes straight to the bench or a named workshop. */
    public Ticket startRepair(String ticketNo, Optional<String> workshop, Optional<LocalDate> expectedReturn, String note) {
        return act(ticketNo, TicketAction.START_REPAIR, actor.get(), (t, h) -> new Step(bench(workshop, expectedReturn),
                note));
    }

    /**
     * The piece is back at the counter: repaired (a chargeable repair states its final charge), or
     * it cannot be repaired.
     */
    public Ticket ready(String ticketNo, Outcome outcome, Optional<BigDecimal> finalCharge, String note) {
        if (outcome == Outcome.QUOTE_DECLINED) {
            throw new IllegalArgumentException("outcome: a declined quote is recorded with declineQuote");
        }
        if (finalCharge.isPresent() && !TicketWorkflow.validCharge(finalCharge.get())) {
            throw new IllegalArgumentException("finalCharge: must be zero or more, with at most two decimals");
        }
        return act(ticketNo, TicketAction.READY, actor.get(), (t, h) -> {
            if (!TicketWorkflow.readyAllowed(t.state(), outcome)) {
                throw new TicketException("ticket.refused.notRepairedYet", t.ticketNo());
            }
            BigDecimal charge = TicketWorkflow.finalCharge(t, outcome, finalCharge);
            return new Step(Map.of("outcome", outcome.name(), "final_charge_cents", Money.of(charge).cents()), note);
        });
    }

    /** Hands the piece over as the signed-in member of staff (see {@link #collect(String, String, Optional, String, Actor)}). */
    public Ticket collect(String ticketNo, String last4, Optional<String> overrideReason, String note) {
        return collect(ticketNo, last4, overrideReason, note, actor.get());
    }

    /**
     * Hands the piece over: only to the customer whose phone ends in these 4 digits, unless a
     * manager overrides with a reason — the actor is a manager, or carries a manager's approval,
     * and both names are recorded. The final charge taken is recorded.
     *
     * @throws com.alluressories.caredesk.staff.NotAllowedException when the digits do not match and
     *         an override is asked without a manager behind it
     */
    public Ticket collect(String ticketNo, String last4, Optional<String> overrideReason, String note, Actor by) {
        String fullNote = note == null ? "" : note.strip();
        Optional<String> reason = overrideReason.map(String::strip).filter(s -> !s.isEmpty());
        Optional<String> place = here.get();
        return act(ticketNo, TicketAction.COLLECT, by, (t, h) -> {
            // The piece is handed over only where it is: never while it travels, or from another shop.
            if (place.filter(Custody.WORKSHOP::equals).isPresent()) {
                throw new TicketException("ticket.refused.pickupAtWorkshop", t.ticketNo(), t.collectingShop());
            }
            if (place.isPresent() && !t.custody().place().equals(place)) {
                throw notHere(t, place.get());
            }
            boolean matches = t.last4Matches(last4);
            if (!matches && reason.isEmpty()) {
                throw new TicketException("ticket.refused.last4", t.ticketNo());
            }
            Map<String, Object> at = place.map(p -> Map.<String, Object>of("at", p)).orElse(Map.of());
            if (matches) {
                return new Step(at, fullNote);
            }
            by.require(Permission.OVERRIDE_PICKUP);
            Staff manager = by.manager().orElseThrow();
            Map<String, Object> details = new LinkedHashMap<>(at);
            details.put("override_by", manager.label());
            details.put("override_reason", reason.get());
            return new Step(details,
                    ("Pickup check overridden by " + manager.label() + ": " + reason.get() + ". " + fullNote).strip(),
                    Optional.of(Map.of("manager", manager.label(), "reason", reason.get())));
        });
    }

    /**
     * What a step records: its data (from which every PC derives the ticket's state), the note for
     * the history, and — for a pickup override — the details of its own audit entry.
     */
    private record Step(Map<String, Object> details, String note, Optional<Map<String, Object>> override) {
        Step(Map<String, Object> details, String note) {
            this(details, note, Optional.empty());
        }
    }

    @FunctionalInterface
    private interface StepMaker {
        Step make(Ticket ticket, Supplier<List<TicketEvent>> history);
    }

    /**
     * One step, in one transaction: checked against the workflow on the ticket as derived now,
     * appended to the history, the ticket derived again, and the audit entry.
     */
    private Ticket act(String ticketNo, TicketAction action, Actor by, StepMaker maker) {
        TicketState to = TicketWorkflow.target(action);
        store.write(c -> {
            TicketRepository.deriveStale(c);
            Ticket ticket = TicketRepository.select(c, "t.ticket_no = ?", List.of(ticketNo.strip()), 1).stream()
                    .findFirst().orElseThrow(() -> unknown(ticketNo));
            if (!TicketWorkflow.allowed(ticket).contains(action)) {
                throw new TicketException("ticket.refused.transition", ticket.ticketNo(), ticket.state(), action);
            }
            Step step = maker.make(ticket, () -> {
                try {
                    return TicketRepository.events(c, ticket.ticketNo());
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException("Cannot read the history of " + ticket.ticketNo(), e);
                }
            });
            String noteText = step.note() == null ? "" : step.note().strip();
            refuseHkid(noteText, step.details());
            step.override().ifPresent(o -> refuseHkid("", o));
            if (step.override().isPresent()) {
                // Who overrode, not the reason typed: the audit trail holds no words about a customer.
                Map<String, Object> overridden = new LinkedHashMap<>(step.override().get());
                overridden.remove("reason");
                audit.append(c, by, AuditAction.PICKUP_OVERRIDDEN, ticket.ticketNo(), overridden);
            }
            TicketRepository.appendEvent(c, ticket.id(), LocalDateTime.now(clock), action.name(), ticket.state(), to,
                    step.details(), by, noteText);
            TicketRepository.derive(c, ticket.id(), ticket.chargeable());
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("action", action.name());
            details.put("from", ticket.state().name());
            details.put("to", to.name());
            // The note stays in the ticket's history; the audit trail, which can never be edited, holds
            // no words typed about a customer.
            audit.append(c, by, AuditAction.TICKET_TRANSITION, ticket.ticketNo(), details);
            return null;
        });
        return get(ticketNo).orElseThrow();
    }

    private static Map<String, Object> bench(Optional<String> workshop, Optional<LocalDate> expectedReturn) {
        Map<String, Object> details = new LinkedHashMap<>();
        workshop.map(String::strip).filter(s -> !s.isEmpty()).ifPresent(w -> details.put("workshop", w));
        expectedReturn.ifPresent(d -> details.put("expected_return", d.toString()));
        return details;
    }

    /**
     * Derives again the tickets whose history changed here since they were last derived — after
     * the chain brought events from other PCs. Returns how many.
     */
    public int deriveChanged() {
        return store.write(TicketRepository::deriveStale);
    }

    public Optional<Ticket> get(String ticketNo) {
        String key = ticketNo == null ? "" : ticketNo.strip().toUpperCase(Locale.ROOT);
        return store.read(c -> TicketRepository.select(c, "t.ticket_no = ?", List.of(key), 1)).stream().findFirst();
    }

    public Optional<Ticket> forClaim(long claimId) {
        return store.read(c -> TicketRepository.select(c, "t.claim_id = ?", List.of(claimId), 1)).stream().findFirst();
    }

    /**
     * Tickets matching a filter, the most urgent first: open ones by their promised date, then the
     * finished ones (collected, disposed of), the newest first — a chain's years of collected
     * tickets never push today's work down the list.
     */
    public List<Ticket> list(TicketFilter filter) {
        StringBuilder where = new StringBuilder("1 = 1");
        List<Object> args = new ArrayList<>();
        filter.state().ifPresent(s -> {
            where.append(" AND t.state = ?");
            args.add(s.name());
        });
        LocalDate today = LocalDate.now(clock);
        if (filter.overdueOnly()) {
            where.append(" AND t.state IN ('RECEIVED', 'QUOTED', 'IN_REPAIR') AND t.promised_date < ?");
            args.add(today.toString());
        }
        if (filter.todayOnly()) {
            where.append(" AND t.created_at >= ? AND t.created_at < ?");
            args.add(StoredTime.startOf(today));
            args.add(StoredTime.startOf(today.plusDays(1)));
        }
        filter.shop().filter(s -> !s.isBlank()).ifPresent(s -> {
            where.append(" AND t.shop_code = ?");
            args.add(s.strip().toUpperCase(Locale.ROOT));
        });
        filter.location().filter(s -> !s.isBlank()).ifPresent(s -> {
            where.append(" AND t.location = ?");
            args.add(s.strip().toUpperCase(Locale.ROOT));
        });
        String search = filter.search() == null ? "" : filter.search().strip();
        if (!search.isEmpty()) {
            Optional<String> phone = PhoneNumber.normalize(search);
            if (phone.isPresent()) {
                where.append(" AND c.customer_phone = ?");
                args.add(phone.get());
            } else if (search.matches("\\d{4}")) {
                where.append(" AND t.customer_last4 = ?");
                args.add(search);
            } else {
                where.append(" AND (t.ticket_no = ? OR lower(c.customer_name) LIKE ? ESCAPE '\\')");
                args.add(search.toUpperCase(Locale.ROOT));
                args.add(search.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        return store.read(c -> TicketRepository.select(c, where + " ORDER BY t.state IN ('COLLECTED', 'DISPOSED'), "
                + "CASE WHEN t.state IN ('COLLECTED', 'DISPOSED') THEN -t.created_at END, t.promised_date, t.ticket_no", args,
                filter.limit()));
    }

    public List<TicketEvent> events(String ticketNo) {
        return store.read(c -> TicketRepository.events(c, ticketNo));
    }

    /** True when the document was printed for this ticket before (the next print is a reprint). */
    public boolean wasPrinted(String ticketNo, String document) {
        return store.read(c -> TicketRepository.printedBefore(c, ticketNo, document));
    }

    /** Records that a document was printed; returns true when it had been printed before (a reprint). */
    public boolean recordPrint(String ticketNo, String document) {
        Actor by = actor.get();
        return store.write(c -> {
            Ticket ticket = TicketRepository.select(c, "t.ticket_no = ?", List.of(ticketNo), 1).stream().findFirst()
                    .orElseThrow(() -> unknown(ticketNo));
            boolean before = TicketRepository.printedBefore(c, ticket.ticketNo(), document);
            TicketRepository.insertPrint(c, ticket.id(), document, LocalDateTime.now(clock), by);
            audit.append(c, by, before ? AuditAction.TICKET_REPRINTED : AuditAction.TICKET_PRINTED, ticket.ticketNo(),
                    Map.of("document", document));
            return before;
        });
    }

    /** Why a piece cannot be handed over (or sent) from {@code here}: where it is instead. */
    public static TicketException notHere(Ticket t, String here) {
        Custody custody = t.custody();
        if (custody.inTransit()) {
            String to = custody.goingTo().orElse("");
            return Custody.WORKSHOP.equals(to)
                    ? new TicketException("ticket.refused.inTransitToWorkshop", t.ticketNo(), custody.dispatchNo().orElse(""))
                    : new TicketException("ticket.refused.inTransit", t.ticketNo(), custody.dispatchNo().orElse(""), to);
        }
        if (Custody.WORKSHOP.equals(custody.location())) {
            return new TicketException("ticket.refused.atWorkshop", t.ticketNo());
        }
        if (Custody.COLLECTED.equals(custody.location())) {
            return new TicketException("ticket.refused.collectedAlready", t.ticketNo());
        }
        return new TicketException("ticket.refused.notHere", t.ticketNo(), custody.location(), here);
    }

    private static void required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": is required");
        }
    }

    private static TicketException unknown(String ticketNo) {
        return new TicketException("ticket.refused.unknown", ticketNo);
    }
}
