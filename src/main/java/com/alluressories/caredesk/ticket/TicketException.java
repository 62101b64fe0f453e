package com.alluressories.caredesk.ticket;

/** A ticket action that cannot be done, with the reason in words staff understand. */
public class TicketException extends IllegalStateException {
    private final String key;
    private final Object[] args;

    /** @param key the message key ({@code ticket.refused.…}) for the UI; the message is its English form */
    public TicketException(String key, String message, Object... args) {
        super(message);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
