package com.alluressories.caredesk.claim;

import com.alluressories.caredesk.policy.Metal;
import com.alluressories.caredesk.policy.Sale;
import com.alluressories.caredesk.policy.Stone;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A claim as staff fill it in at the counter, before it is saved. From a receipt line, the receipt
 * number, line and sale are there; for a walk-in they are empty and the item is described by hand.
 */
public record ClaimDraft(Optional<String> receiptNo, Optional<Integer> lineNo, Optional<Sale> sale,
                         String description, Optional<String> sku, Metal metal, Set<Stone> stones,
                         String customerName, String customerPhone, String complaint, String notes,
                         Set<String> findings, List<Photo> photos, Optional<VerdictOverride> override,
                         boolean termsAccepted) {
    public ClaimDraft {
        stones = Set.copyOf(stones);
        findings = Set.copyOf(findings);
        photos = List.copyOf(photos);
    }
}
