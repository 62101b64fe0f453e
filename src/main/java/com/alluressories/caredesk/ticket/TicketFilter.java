package com.alluressories.caredesk.ticket;

import java.util.Optional;

/**
 * Which tickets to list: a state, only overdue ones, only today's intake, one shop, and a search
 * text (ticket number, phone, last 4 digits, or the start of a name).
 */
public record TicketFilter(Optional<TicketState> state, boolean overdueOnly, boolean todayOnly, Optional<String> shop,
                           String search, int limit) {
    public static TicketFilter all() {
        return new TicketFilter(Optional.empty(), false, false, Optional.empty(), "", 500);
    }

    public TicketFilter withState(Optional<TicketState> newState) {
        return new TicketFilter(newState, overdueOnly, todayOnly, shop, search, limit);
    }

    public TicketFilter withSearch(String text) {
        return new TicketFilter(state, overdueOnly, todayOnly, shop, text, limit);
    }
}
