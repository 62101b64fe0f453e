package com.alluressories.caredesk.policy;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the policy is asked about: the item, the sale if a receipt proves it, the claim date
 * and the findings staff ticked.
 */
public record Claim(Metal metal, Set<Stone> stones, Optional<Sale> sale, LocalDate claimDate, Set<String> findings) {
    public Claim {
        Objects.requireNonNull(metal, "metal");
        Objects.requireNonNull(sale, "sale");
        Objects.requireNonNull(claimDate, "claimDate");
        stones = stones == null || stones.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(Stone.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(stones));
        findings = findings == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(findings));
        if (sale.isPresent() && claimDate.isBefore(sale.get().purchaseDate())) {
            throw new InvalidClaimException("claimDate", "is before the purchase date (" + claimDate
                    + " < " + sale.get().purchaseDate() + ")");
        }
    }
}
