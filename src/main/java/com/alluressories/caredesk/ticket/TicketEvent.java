package com.alluressories.caredesk.ticket;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * One step in a ticket's life: when, from which state to which, who, and a note; or a notice given
 * to the customer (its kind and way), which changes no state. A step taken at two PCs at once that
 * could not both apply (the piece handed over twice) is kept, not applied.
 */
public record TicketEvent(LocalDateTime at, Optional<TicketState> from, TicketState to, String who, String note,
                          boolean applied, String action, Map<String, Object> details) {
    /** The notice this event records (kind, way, when), if it is one. */
    public Optional<TicketService.GivenNotice> notice() {
        return TicketHistory.NOTICE.equals(action) ? Optional.of(new TicketService.GivenNotice(detail("kind"),
                detail("way"), at)) : Optional.empty();
    }

    /** A detail of the event as text ("" when absent). */
    public String detail(String key) {
        Object v = details.get(key);
        return v == null ? "" : v.toString();
    }
}
