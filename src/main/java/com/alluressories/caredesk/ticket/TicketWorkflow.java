package com.alluressories.caredesk.ticket;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/**
 * The repair workflow's rules, pure: which steps a ticket allows in its state, where each step
 * leads, and which amounts a step accepts. RECEIVED → (QUOTED →) IN_REPAIR → READY_FOR_PICKUP →
 * COLLECTED; a warranty repair skips the quote; a declined quote or a piece that cannot be repaired
 * goes straight back to the counter. A piece never collected may be disposed of, when Cap. 294
 * allows it ({@code notice.DisposalTimeline} says when; the counter's buttons never offer it).
 */
public final class TicketWorkflow {
    private TicketWorkflow() {
    }

    /** The actions a ticket's state allows, and nothing else. */
    public static Set<TicketAction> allowed(TicketState state, boolean chargeable) {
        return switch (state) {
            case RECEIVED -> chargeable ? EnumSet.of(TicketAction.QUOTE, TicketAction.READY)
                    : EnumSet.of(TicketAction.START_REPAIR, TicketAction.READY);
            case QUOTED -> EnumSet.of(TicketAction.APPROVE_QUOTE, TicketAction.DECLINE_QUOTE);
            case IN_REPAIR -> EnumSet.of(TicketAction.READY);
            case READY_FOR_PICKUP -> EnumSet.of(TicketAction.COLLECT, TicketAction.DISPOSE);
            case COLLECTED, DISPOSED -> EnumSet.noneOf(TicketAction.class);
        };
    }

    public static Set<TicketAction> allowed(Ticket ticket) {
        return allowed(ticket.state(), ticket.chargeable());
    }

    /** Where an action takes a ticket. */
    public static TicketState target(TicketAction action) {
        return switch (action) {
            case QUOTE -> TicketState.QUOTED;
            case APPROVE_QUOTE, START_REPAIR -> TicketState.IN_REPAIR;
            case DECLINE_QUOTE, READY -> TicketState.READY_FOR_PICKUP;
            case COLLECT -> TicketState.COLLECTED;
            case DISPOSE -> TicketState.DISPOSED;
        };
    }

    /** A piece marked repaired must have been to repair: from RECEIVED only "cannot repair" goes to ready. */
    public static boolean readyAllowed(TicketState from, Outcome outcome) {
        return !(from == TicketState.RECEIVED && outcome == Outcome.REPAIRED);
    }

    /**
     * What the customer pays when the piece is ready: nothing for a warranty repair or a piece that
     * cannot be repaired; otherwise the final charge stated, else the quote, else nothing.
     */
    public static BigDecimal finalCharge(Ticket ticket, Outcome outcome, java.util.Optional<BigDecimal> stated) {
        if (!ticket.chargeable() || outcome == Outcome.CANNOT_REPAIR) {
            return BigDecimal.ZERO;
        }
        return stated.or(ticket::quote).orElse(BigDecimal.ZERO);
    }

    /** A quote: above zero, at most two decimals. */
    public static boolean validQuote(BigDecimal amount) {
        return amount != null && amount.signum() > 0 && amount.stripTrailingZeros().scale() <= 2;
    }

    /** A final charge: zero or more, at most two decimals. */
    public static boolean validCharge(BigDecimal amount) {
        return amount != null && amount.signum() >= 0 && amount.stripTrailingZeros().scale() <= 2;
    }
}
