package com.alluressories.caredesk.ticket;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A ticket's state, derived from its events the same way on every PC of the chain (pure). Events
 * are only ever appended, at any PC, even while PCs are apart; each names the event it followed.
 * They are put in order — an event after the one it followed, then by time and key — and applied
 * one by one: a step that its state at that point allows moves the ticket on; one that it does not
 * (the piece handed over at two shops, marked ready twice) is kept, shown, and counted as a
 * conflict for a manager, never dropped and never applied.
 */
public final class TicketHistory {
    /** The first event of every ticket. */
    public static final String OPEN = "OPEN";
    /**
     * The customer was told (a quote, "ready", a reminder): recorded in the history where it was
     * given, changing nothing about the repair; its details hold the kind, the way and the text.
     */
    public static final String NOTICE = "NOTICE";
    /**
     * The customer disputes the charge or the work (Cap. 294 s.2(4)): recorded where it was raised,
     * changing no state; while it stands, the piece may not be disposed of.
     */
    public static final String DISPUTE = "DISPUTE";
    /** A dispute determined (how, in its details): Cap. 294's clock runs again from that day. */
    public static final String DISPUTE_SETTLED = "DISPUTE_SETTLED";

    /** The customer chose the shop where they will collect (details: shop). */
    public static final String COLLECT_AT = "COLLECT_AT";
    /** The piece left in a bag on a dispatch (details: dispatch_no, from, to). */
    public static final String DISPATCH = "DISPATCH";
    /** The piece was taken back out of a dispatch's bag before it left (a tag scanned by mistake; details: dispatch_no, at). */
    public static final String TAKEN_OUT = "TAKEN_OUT";
    /** The piece came out of its dispatch's bag at its destination (details: dispatch_no, at). */
    public static final String RECEIVE = "RECEIVE";
    /** The piece was not in its dispatch when the destination finished receiving it (details: dispatch_no, at). */
    public static final String MISSING = "MISSING";
    /**
     * A manager resolved a missing piece, with the reason in the note (details: found_at, the place
     * it was found at, when it was; else it is still on its way).
     */
    public static final String MISSING_RESOLVED = "MISSING_RESOLVED";

    /** Events that record something about the ticket without moving it: applied when the ticket stood where they say. */
    public static boolean isRemark(String action) {
        return NOTICE.equals(action) || DISPUTE.equals(action) || DISPUTE_SETTLED.equals(action);
    }

    /** Events that move the piece, or say where it goes, without changing the repair's state. */
    public static boolean isCustody(String action) {
        return COLLECT_AT.equals(action) || DISPATCH.equals(action) || TAKEN_OUT.equals(action) || RECEIVE.equals(action)
                || MISSING.equals(action) || MISSING_RESOLVED.equals(action);
    }

    /** One stored event: its key, the event it followed, the step and that step's data. */
    public record Event(String id, Optional<String> after, LocalDateTime at, String action,
                        Optional<TicketState> from, TicketState to, Map<String, Object> details, String who,
                        String note) {
    }

    /**
     * What a ticket is after its events, and the events in the order they were applied; when it
     * first became ready for pickup and when its last applied step was taken (for reports); where
     * the piece is. {@code contradicted}: steps that applied but happened where the piece was not
     * (handed over at a shop while it was elsewhere): flagged like the steps that could not apply.
     */
    public record Derived(TicketState state, Optional<String> workshop, Optional<String> expectedReturn,
                          Optional<Long> quoteCents, Optional<String> quoteDecision, Optional<String> quoteDecidedHow,
                          Optional<LocalDateTime> quoteDecidedAt, Optional<Outcome> outcome,
                          Optional<Long> finalChargeCents, Optional<LocalDateTime> collectedAt,
                          Optional<LocalDateTime> readyAt, Optional<LocalDateTime> lastStepAt, List<Event> ordered,
                          Set<String> notApplied, Custody custody, Set<String> contradicted) {
        public int conflicts() {
            return notApplied.size() + contradicted.size();
        }
    }

    private TicketHistory() {
    }

    /** The events in the order every PC applies them. */
    public static List<Event> order(List<Event> events) {
        Set<String> known = new HashSet<>();
        events.forEach(e -> known.add(e.id()));
        Comparator<Event> byTime = Comparator.comparing(Event::at).thenComparing(Event::id);
        List<Event> waiting = new ArrayList<>(events);
        waiting.sort(byTime);
        List<Event> ordered = new ArrayList<>(events.size());
        Set<String> placed = new HashSet<>();
        while (!waiting.isEmpty()) {
            Event next = null;
            for (Event e : waiting) {
                // Ready when what it followed is placed, or was never seen here (it cannot hold the event back).
                if (e.after().isEmpty() || placed.contains(e.after().get()) || !known.contains(e.after().get())) {
                    next = e;
                    break;
                }
            }
            if (next == null) {
                next = waiting.get(0); // a loop can only come from edited data: break it by time
            }
            waiting.remove(next);
            placed.add(next.id());
            ordered.add(next);
        }
        return ordered;
    }

    /** Applies the events in order to a ticket that is chargeable or not (where the piece is: not known). */
    public static Derived derive(List<Event> events, boolean chargeable) {
        return derive(events, chargeable, "");
    }

    /** Applies the events in order to a ticket that is chargeable or not, taken in at {@code home} (a shop's code). */
    public static Derived derive(List<Event> events, boolean chargeable, String home) {
        List<Event> ordered = order(events);
        Fold f = new Fold();
        f.location = home;
        Set<String> notApplied = new HashSet<>();
        for (Event e : ordered) {
            if (!f.apply(e, chargeable)) {
                notApplied.add(e.id());
            }
        }
        LocalDateTime since = f.since != null ? f.since
                : ordered.isEmpty() ? LocalDateTime.of(2000, 1, 1, 0, 0) : ordered.get(0).at();
        Custody custody = new Custody(f.location, Optional.ofNullable(f.collectAt), Optional.ofNullable(f.dispatchNo),
                Optional.ofNullable(f.goingTo), since, f.missing);
        return new Derived(f.state == null ? TicketState.RECEIVED : f.state, Optional.ofNullable(f.workshop),
                Optional.ofNullable(f.expectedReturn), Optional.ofNullable(f.quoteCents),
                Optional.ofNullable(f.quoteDecision), Optional.ofNullable(f.quoteHow), Optional.ofNullable(f.quoteAt),
                Optional.ofNullable(f.outcome), Optional.ofNullable(f.finalCharge), Optional.ofNullable(f.collectedAt),
                Optional.ofNullable(f.readyAt), Optional.ofNullable(f.lastStepAt), ordered, Set.copyOf(notApplied),
                custody, Set.copyOf(f.contradicted));
    }

    private static final class Fold {
        TicketState state;
        String workshop;
        String expectedReturn;
        Long quoteCents;
        String quoteDecision;
        String quoteHow;
        LocalDateTime quoteAt;
        Outcome outcome;
        Long finalCharge;
        LocalDateTime collectedAt;
        LocalDateTime readyAt;
        LocalDateTime lastStepAt;
        String location;
        String collectAt;
        String dispatchNo;
        String goingTo;
        String sentFrom;
        LocalDateTime since;
        boolean missing;
        final Set<String> contradicted = new HashSet<>();

        boolean apply(Event e, boolean chargeable) {
            if (isRemark(e.action())) {
                return state != null && e.to() == state; // about where it stood, not a step of the repair
            }
            if (isCustody(e.action())) {
                return custody(e);
            }
            boolean applied = step(e, chargeable);
            if (applied) {
                lastStepAt = e.at();
                if (state == TicketState.READY_FOR_PICKUP && readyAt == null) {
                    readyAt = e.at();
                }
                if (OPEN.equals(e.action())) {
                    since = e.at();
                }
                if (TicketAction.COLLECT.name().equals(e.action())) {
                    // The customer has it: a fact, even when it was handed over where the piece was not.
                    String at = text(e.details(), "at");
                    if (at != null && !at.equals(location)) {
                        contradicted.add(e.id());
                    }
                    moveTo(Custody.COLLECTED, e.at());
                }
            }
            return applied;
        }

        /** A custody step applies only where the piece is (or is going): one place at a time. */
        private boolean custody(Event e) {
            if (state == null || state == TicketState.COLLECTED || state == TicketState.DISPOSED) {
                return false;
            }
            Map<String, Object> d = e.details();
            String dispatch = text(d, "dispatch_no");
            switch (e.action()) {
                case COLLECT_AT -> {
                    String shop = text(d, "shop");
                    if (shop == null || shop.isBlank()) {
                        return false;
                    }
                    collectAt = shop;
                    return true;
                }
                case DISPATCH -> {
                    String from = text(d, "from");
                    String to = text(d, "to");
                    if (goingTo != null || from == null || to == null || dispatch == null || !from.equals(location)
                            || from.equals(to)) {
                        return false;
                    }
                    moveTo(Custody.IN_TRANSIT, e.at());
                    goingTo = to;
                    dispatchNo = dispatch;
                    sentFrom = from;
                    return true;
                }
                case TAKEN_OUT -> {
                    String at = text(d, "at");
                    if (goingTo == null || missing || !dispatchNo.equals(dispatch) || at == null || !at.equals(sentFrom)) {
                        return false;
                    }
                    moveTo(at, e.at());
                    return true;
                }
                case RECEIVE -> {
                    String at = text(d, "at");
                    if (goingTo == null || !goingTo.equals(at) || !dispatchNo.equals(dispatch)) {
                        return false;
                    }
                    moveTo(at, e.at());
                    return true;
                }
                case MISSING -> {
                    if (goingTo == null || missing || !dispatchNo.equals(dispatch)) {
                        return false;
                    }
                    missing = true;
                    return true;
                }
                case MISSING_RESOLVED -> {
                    if (!missing) {
                        return false;
                    }
                    String foundAt = text(d, "found_at");
                    if (foundAt != null && !foundAt.isBlank()) {
                        moveTo(foundAt, e.at());
                    } else {
                        missing = false;
                    }
                    return true;
                }
                default -> {
                    return false;
                }
            }
        }

        private void moveTo(String where, LocalDateTime at) {
            location = where;
            since = at;
            goingTo = null;
            dispatchNo = Custody.IN_TRANSIT.equals(where) ? dispatchNo : null;
            missing = false;
        }

        private boolean step(Event e, boolean chargeable) {
            if (OPEN.equals(e.action())) {
                if (state != null) {
                    return false;
                }
                state = TicketState.RECEIVED;
                return true;
            }
            TicketAction action;
            try {
                action = TicketAction.valueOf(e.action());
            } catch (IllegalArgumentException unknown) {
                return false;
            }
            if (state == null || e.from().orElse(null) != state
                    || !TicketWorkflow.allowed(state, chargeable).contains(action)
                    || TicketWorkflow.target(action) != e.to()) {
                return false;
            }
            Map<String, Object> d = e.details();
            Outcome readyOutcome = null;
            if (action == TicketAction.READY) {
                try {
                    readyOutcome = Outcome.valueOf(String.valueOf(d.get("outcome")));
                } catch (IllegalArgumentException unreadable) {
                    return false; // data no CareDesk wrote: kept, shown, never applied
                }
            }
            switch (action) {
                case QUOTE -> quoteCents = number(d, "quote_cents");
                case APPROVE_QUOTE -> {
                    quoteDecision = "APPROVED";
                    quoteHow = text(d, "how");
                    quoteAt = e.at();
                    workshop = text(d, "workshop");
                    expectedReturn = text(d, "expected_return");
                }
                case DECLINE_QUOTE -> {
                    quoteDecision = "DECLINED";
                    quoteHow = text(d, "how");
                    quoteAt = e.at();
                    outcome = Outcome.QUOTE_DECLINED;
                    finalCharge = 0L;
                }
                case START_REPAIR -> {
                    workshop = text(d, "workshop");
                    expectedReturn = text(d, "expected_return");
                }
                case READY -> {
                    outcome = readyOutcome;
                    finalCharge = number(d, "final_charge_cents");
                }
                case COLLECT -> collectedAt = e.at();
                case DISPOSE -> {
                    // the piece leaves the shop without its customer: nothing else about the repair changes
                }
                default -> throw new IllegalStateException(action.name());
            }
            state = e.to();
            return true;
        }

        private static String text(Map<String, Object> d, String key) {
            Object v = d.get(key);
            return v == null ? null : v.toString();
        }

        private static Long number(Map<String, Object> d, String key) {
            Object v = d.get(key);
            return v instanceof Number n ? n.longValue() : null;
        }
    }
}
