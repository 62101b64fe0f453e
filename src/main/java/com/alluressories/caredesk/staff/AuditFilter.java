package com.alluressories.caredesk.staff;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which entries to list: a day range (Hong Kong days, inclusive), one staff number (as actor or
 * approver), one action, and text found in the record or details. Empty means any.
 */
public record AuditFilter(Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> staffNo,
                          Optional<AuditAction> action, Optional<String> text, int limit) {
    public static final int DEFAULT_LIMIT = 5_000;

    public static AuditFilter all() {
        return new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                DEFAULT_LIMIT);
    }

    /** The same filter, for at most {@code max} entries (an export takes them all). */
    public AuditFilter withLimit(int max) {
        return new AuditFilter(from, to, staffNo, action, text, max);
    }
}
