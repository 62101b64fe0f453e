package com.alluressories.caredesk.ui.tickets;

import com.alluressories.caredesk.policy.Verdict;
import com.alluressories.caredesk.ticket.Ticket;
import com.alluressories.caredesk.ticket.TicketState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/** Tickets as the forms see them, without a store. */
final class TicketForms {
    static final LocalDate TODAY = LocalDate.parse("2026-11-27");

    private TicketForms() {
    }

    static Ticket ticket(TicketState state, boolean chargeable, Optional<BigDecimal> quote, Optional<BigDecimal> charge) {
        return new Ticket(1, "uuid", "CWB-261127-0001", "CWB", 1, state, chargeable, TODAY.atTime(10, 0),
                TODAY.plusDays(7), Optional.empty(), Optional.empty(), quote, Optional.empty(), Optional.empty(),
                Optional.empty(), charge, Optional.<LocalDateTime>empty(), "Wong Mei Ling", "61234567",
                "Pearl bracelet", chargeable ? Verdict.CHARGEABLE_REPAIR : Verdict.WARRANTY_REPAIR, "Clasp broken", 0);
    }
}
