package com.alluressories.caredesk.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** The purchase on a receipt: when, and at what price against the list price (HK$). */
public record Sale(LocalDate purchaseDate, BigDecimal listPrice, BigDecimal paidPrice) {
    public Sale {
        Objects.requireNonNull(purchaseDate, "purchaseDate");
        Objects.requireNonNull(listPrice, "listPrice");
        Objects.requireNonNull(paidPrice, "paidPrice");
        // Zero is a real price (a gift box, a gift with purchase): the final-sale formula decides it like any other.
        if (listPrice.signum() < 0) {
            throw new InvalidClaimException("listPrice", "must not be negative, was " + listPrice.toPlainString());
        }
        if (paidPrice.signum() < 0) {
            throw new InvalidClaimException("paidPrice", "must not be negative, was " + paidPrice.toPlainString());
        }
        if (paidPrice.compareTo(listPrice) > 0) {
            throw new InvalidClaimException("paidPrice", "is above the list price (" + paidPrice.toPlainString()
                    + " > " + listPrice.toPlainString() + ")");
        }
    }
}
