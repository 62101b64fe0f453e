package com.alluressories.caredesk.staff;

import java.time.LocalDateTime;
import java.util.Optional;

/** One entry of the audit trail, as stored. {@code action} is kept as text so an unknown one still reads. */
public record AuditEntry(long seq, LocalDateTime at, Optional<String> staffNo, String staffName,
                         Optional<String> approvedNo, Optional<String> approvedName, String action, String record,
                         String details, String prevHash, String hash) {

    /** The action, when this CareDesk knows it. */
    public Optional<AuditAction> knownAction() {
        try {
            return Optional.of(AuditAction.valueOf(action));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
