package com.alluressories.caredesk.ticket;

/** What can be done to a ticket; {@link TicketWorkflow#allowed} says which apply to its state. */
public enum TicketAction {
    QUOTE, APPROVE_QUOTE, DECLINE_QUOTE, START_REPAIR, READY, COLLECT
}
