package com.alluressories.caredesk.staff;

import java.util.Optional;

/**
 * What walking the chain found: intact with {@code entries} entries, or the first broken entry
 * ({@code brokenSeq}) and what is wrong with it.
 */
public record AuditCheck(long entries, Optional<Long> brokenSeq, String problem) {
    public boolean intact() {
        return brokenSeq.isEmpty() && problem.isEmpty();
    }

    /** One line for a person: what was checked and, when broken, which entry and why. */
    public String describe() {
        if (intact()) {
            return "The audit trail is intact: " + entries + (entries == 1 ? " entry" : " entries")
                    + ", every hash matches and links to the one before.";
        }
        return brokenSeq.map(seq -> "The audit trail is broken at entry " + seq + ": " + problem)
                .orElse("The audit trail is not protected: " + problem);
    }
}
