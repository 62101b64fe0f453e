package com.alluressories.caredesk.ticket;

/** Where a repair ticket stands, in the order a piece moves through the shop. */
public enum TicketState {
    RECEIVED, QUOTED, IN_REPAIR, READY_FOR_PICKUP, COLLECTED
}
