package com.alluressories.caredesk.claim;

import com.alluressories.caredesk.policy.Metal;
import com.alluressories.caredesk.policy.Sale;
import com.alluressories.caredesk.policy.Stone;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A claim as staff fill it in at the counter, before it is saved. From a receipt line, the receipt
 * number, line and sale are there; for a walk-in they are empty and the item is described by hand.
 * The customer says whether they want to be told in English or Chinese ({@code customerLanguage}).
 */
public record ClaimDraft(Optional<String> receiptNo, Optional<Integer> lineNo, Optional<Sale> sale,
                         String description, Optional<String> sku, Metal metal, Set<Stone> stones,
                         String customerName, String customerPhone, String complaint, String notes,
                         Set<String> findings, List<Photo> photos, Optional<VerdictOverride> override,
                         boolean termsAccepted, Optional<Locale> customerLanguage) {
    public ClaimDraft {
        stones = Set.copyOf(stones);
        findings = Set.copyOf(findings);
        photos = List.copyOf(photos);
    }

    /** A claim whose customer was not asked which language to be told in (chosen later from their name). */
    public ClaimDraft(Optional<String> receiptNo, Optional<Integer> lineNo, Optional<Sale> sale, String description,
                      Optional<String> sku, Metal metal, Set<Stone> stones, String customerName, String customerPhone,
                      String complaint, String notes, Set<String> findings, List<Photo> photos,
                      Optional<VerdictOverride> override, boolean termsAccepted) {
        this(receiptNo, lineNo, sale, description, sku, metal, stones, customerName, customerPhone, complaint, notes,
                findings, photos, override, termsAccepted, Optional.empty());
    }
}
