package com.alluressories.caredesk.ticket;

/**
 * Where a repair ticket stands, in the order a piece moves through the shop. A piece never
 * collected may end DISPOSED, once Cap. 294's notices and waiting periods allow it.
 */
public enum TicketState {
    RECEIVED, QUOTED, IN_REPAIR, READY_FOR_PICKUP, COLLECTED, DISPOSED
}
