package com.alluressories.caredesk.privacy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything CareDesk holds about one person, for their data access request (PDPO s.18): the
 * receipts, claims (with their photos) and tickets (with their history and the messages sent)
 * that carry their phone (and name, when one was given). Answered by {@code deadline}: 40 days
 * after the request (s.19).
 */
public record CustomerData(String phone, String name, LocalDate requested, LocalDate deadline, List<Receipt> receipts,
                           List<Claim> claims, List<Ticket> tickets) {

    public record Receipt(String receiptNo, String shopCode, LocalDateTime purchasedAt, String customerName,
                          String customerPhone, List<Line> lines) {
    }

    public record Line(int lineNo, String sku, String description, String metal, String stones, long paidCents) {
    }

    public record Claim(String uuid, LocalDateTime createdAt, String shopCode, String customerName,
                        String customerPhone, String item, String complaint, String notes, String findings,
                        String finalVerdict, List<Photo> photos) {
    }

    public record Photo(String fileName, String mediaType, String sha256) {
    }

    public record Ticket(String ticketNo, String shopCode, String state, String claimUuid, List<Event> history) {
    }

    /** A step of a ticket's history; {@code message} is the text sent to the customer, when it was a message. */
    /** One step; {@code place}: where a custody step took the piece (sent to, received at, collected at), else "". */
    public record Event(LocalDateTime at, String action, String toState, String who, String note, String message,
                        String place) {
    }

    /** How many records the answer holds, in all. */
    public int records() {
        return receipts.size() + claims.size() + tickets.size();
    }
}
