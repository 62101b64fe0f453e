package com.alluressories.caredesk.ticket;

import com.alluressories.caredesk.text.Refusal;

/** A ticket action that cannot be done: a {@code ticket.refused.…} key and its arguments. */
public class TicketException extends Refusal {
    public TicketException(String key, Object... args) {
        super(key, args);
    }
}
