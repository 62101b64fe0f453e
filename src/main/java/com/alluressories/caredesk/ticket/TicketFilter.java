package com.alluressories.caredesk.ticket;

import java.util.Optional;

/**
 * Which tickets to list: a state, only overdue ones, only today's intake, one shop, a search text
 * (ticket number, phone, last 4 digits, or the start of a name), and where the piece is (a shop's
 * code, {@link Custody#WORKSHOP}, {@link Custody#IN_TRANSIT} or {@link Custody#COLLECTED}).
 */
public record TicketFilter(Optional<TicketState> state, boolean overdueOnly, boolean todayOnly, Optional<String> shop,
                           String search, int limit, Optional<String> location) {
    public TicketFilter(Optional<TicketState> state, boolean overdueOnly, boolean todayOnly, Optional<String> shop,
                        String search, int limit) {
        this(state, overdueOnly, todayOnly, shop, search, limit, Optional.empty());
    }

    public static TicketFilter all() {
        return new TicketFilter(Optional.empty(), false, false, Optional.empty(), "", 500);
    }

    public TicketFilter withState(Optional<TicketState> newState) {
        return new TicketFilter(newState, overdueOnly, todayOnly, shop, search, limit, location);
    }

    public TicketFilter withSearch(String text) {
        return new TicketFilter(state, overdueOnly, todayOnly, shop, text, limit, location);
    }

    public TicketFilter withLocation(Optional<String> where) {
        return new TicketFilter(state, overdueOnly, todayOnly, shop, search, limit, where);
    }
}
