package com.alluressories.caredesk.report;

import java.time.LocalDateTime;
import java.util.List;

/** The tickets behind a figure, newest first: how many in all, and the first of them. */
public record TicketsBehind(Figure figure, long total, List<Row> rows) {

    /** One ticket as the list shows it. */
    public record Row(String ticketNo, String shopCode, LocalDateTime opened, String state, String verdict,
                      String item) {
    }
}
