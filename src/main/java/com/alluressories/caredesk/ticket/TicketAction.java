package com.alluressories.caredesk.ticket;

/** What can be done to a ticket; {@link TicketWorkflow#allowed} says which apply to its state. */
public enum TicketAction {
    QUOTE, APPROVE_QUOTE, DECLINE_QUOTE, START_REPAIR, READY, COLLECT,
    /** An uncollected piece sold or disposed of under Cap. 294 (only through the notice package's checks). */
    DISPOSE
}
