package com.alluressories.caredesk.ticket;

/** How a piece comes back to the counter. */
public enum Outcome {
    REPAIRED, QUOTE_DECLINED, CANNOT_REPAIR
}
