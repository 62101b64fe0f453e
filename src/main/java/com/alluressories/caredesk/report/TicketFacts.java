package com.alluressories.caredesk.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a report needs of one ticket: where and when it was opened, where it stands, the claim's
 * final verdict (after a manager's override, if any) and findings, the first time it was ready
 * for pickup, when its last step was taken (its opening, if none since), and its money (whole
 * cents); and of its claim: the piece (SKU, description, metal, stones), the clause its sale
 * raised (no proof of purchase, final sale, warranty over), who overrode the policy and what the
 * policy had said.
 */
public record TicketFacts(String ticketNo, String shopCode, LocalDateTime opened, LocalDate promised, String state,
                          String verdict, boolean overridden, List<String> findings,
                          Optional<LocalDateTime> ready, Optional<LocalDateTime> collected, LocalDateTime lastStep,
                          OptionalLong quoteCents, Optional<String> quoteDecision, OptionalLong finalChargeCents,
                          Piece piece) {

    /** The claim's piece and how the policy met it. */
    public record Piece(Optional<String> sku, String description, String metal, List<String> stones,
                        Optional<String> saleFlag, Optional<String> overrideBy, String policyVerdict) {
    }

    /** Overdue as the Repair tickets list says it: past its promised day and not yet ready. */
    public boolean overdue(LocalDate today) {
        return today.isAfter(promised)
                && (state.equals("RECEIVED") || state.equals("QUOTED") || state.equals("IN_REPAIR"));
    }
}
