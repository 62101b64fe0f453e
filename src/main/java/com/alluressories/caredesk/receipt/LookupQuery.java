package com.alluressories.caredesk.receipt;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A receipt search: one key of one kind, optional date range (inclusive, Hong Kong dates) and shop,
 * and a page (results are newest first).
 */
public record LookupQuery(Kind kind, String key, Optional<LocalDate> from, Optional<LocalDate> to,
                          Optional<String> shop, int limit, int offset) {
    public enum Kind { RECEIPT, PHONE, LAST4, NAME, SKU }

    public LookupQuery {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
    }

    public static LookupQuery of(Kind kind, String key) {
        return new LookupQuery(kind, key, Optional.empty(), Optional.empty(), Optional.empty(), 50, 0);
    }

    public LookupQuery withRange(Optional<LocalDate> newFrom, Optional<LocalDate> newTo) {
        return new LookupQuery(kind, key, newFrom, newTo, shop, limit, offset);
    }

    public LookupQuery withShop(Optional<String> newShop) {
        return new LookupQuery(kind, key, from, to, newShop, limit, offset);
    }

    public LookupQuery withPage(int newLimit, int newOffset) {
        return new LookupQuery(kind, key, from, to, shop, newLimit, newOffset);
    }
}
