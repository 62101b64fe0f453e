package com.alluressories.caredesk.ticket;

import com.alluressories.caredesk.policy.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * A repair ticket with what the counter shows of its claim. {@code conflicts} counts the steps
 * taken at two PCs at once that could not both apply: a manager should look at its history.
 * {@code customerLanguage}: the language the customer asked to be told in at intake, if asked.
 * {@code custody}: where the piece is, and where the customer collects it.
 */
public record Ticket(long id, String uuid, String ticketNo, String shopCode, long claimId, TicketState state,
                     boolean chargeable, LocalDateTime createdAt, LocalDate promisedDate, Optional<String> workshop,
                     Optional<LocalDate> expectedReturn, Optional<BigDecimal> quote, Optional<String> quoteDecision,
                     Optional<String> quoteDecidedHow, Optional<Outcome> outcome, Optional<BigDecimal> finalCharge,
                     Optional<LocalDateTime> collectedAt, String customerName, String customerPhone,
                     String itemDescription, Verdict verdict, String complaint, int conflicts,
                     Optional<Locale> customerLanguage, Custody custody) {

    /** A ticket whose piece has not moved from the shop that took it in. */
    public Ticket(long id, String uuid, String ticketNo, String shopCode, long claimId, TicketState state,
                  boolean chargeable, LocalDateTime createdAt, LocalDate promisedDate, Optional<String> workshop,
                  Optional<LocalDate> expectedReturn, Optional<BigDecimal> quote, Optional<String> quoteDecision,
                  Optional<String> quoteDecidedHow, Optional<Outcome> outcome, Optional<BigDecimal> finalCharge,
                  Optional<LocalDateTime> collectedAt, String customerName, String customerPhone,
                  String itemDescription, Verdict verdict, String complaint, int conflicts,
                  Optional<Locale> customerLanguage) {
        this(id, uuid, ticketNo, shopCode, claimId, state, chargeable, createdAt, promisedDate, workshop, expectedReturn,
                quote, quoteDecision, quoteDecidedHow, outcome, finalCharge, collectedAt, customerName, customerPhone,
                itemDescription, verdict, complaint, conflicts, customerLanguage, Custody.at(shopCode, createdAt));
    }

    /** A ticket whose customer was not asked which language to be told in. */
    public Ticket(long id, String uuid, String ticketNo, String shopCode, long claimId, TicketState state,
                  boolean chargeable, LocalDateTime createdAt, LocalDate promisedDate, Optional<String> workshop,
                  Optional<LocalDate> expectedReturn, Optional<BigDecimal> quote, Optional<String> quoteDecision,
                  Optional<String> quoteDecidedHow, Optional<Outcome> outcome, Optional<BigDecimal> finalCharge,
                  Optional<LocalDateTime> collectedAt, String customerName, String customerPhone,
                  String itemDescription, Verdict verdict, String complaint, int conflicts) {
        this(id, uuid, ticketNo, shopCode, claimId, state, chargeable, createdAt, promisedDate, workshop, expectedReturn,
                quote, quoteDecision, quoteDecidedHow, outcome, finalCharge, collectedAt, customerName, customerPhone,
                itemDescription, verdict, complaint, conflicts, Optional.empty(), Custody.at(shopCode, createdAt));
    }

    /** The shop where the customer collects the piece: the one they chose, else the one that took it in. */
    public String collectingShop() {
        return custody.collectingShop(shopCode);
    }

    /** Not back at the counter by the promised date. */
    public boolean overdue(LocalDate today) {
        return today.isAfter(promisedDate) && (state == TicketState.RECEIVED || state == TicketState.QUOTED
                || state == TicketState.IN_REPAIR);
    }

    public String last4() {
        return customerPhone.length() >= 4 ? customerPhone.substring(customerPhone.length() - 4) : customerPhone;
    }

    /** True when the digits typed (spaces or dashes aside) are the last 4 of the phone on the ticket. */
    public boolean last4Matches(String typed) {
        return typed != null && typed.replaceAll("\\D", "").equals(last4());
    }
}
