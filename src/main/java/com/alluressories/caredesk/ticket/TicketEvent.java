package com.alluressories.caredesk.ticket;

import java.time.LocalDateTime;
import java.util.Optional;

/** One step in a ticket's life: when, from which state to which, who, and a note. */
public record TicketEvent(LocalDateTime at, Optional<TicketState> from, TicketState to, String who, String note) {
}
