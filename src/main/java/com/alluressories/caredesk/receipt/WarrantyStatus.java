package com.alluressories.caredesk.receipt;

import com.alluressories.caredesk.policy.Claim;
import com.alluressories.caredesk.policy.Decision;
import com.alluressories.caredesk.policy.Policy;
import com.alluressories.caredesk.policy.Sale;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** A receipt line's warranty as of a day, as the lookup shows it on a badge. */
public record WarrantyStatus(Kind kind, Optional<LocalDate> ends, long daysLeft) {
    public enum Kind { IN_WARRANTY, EXPIRED, FINAL_SALE }

    public static WarrantyStatus of(Policy policy, Receipt receipt, ReceiptLine line, LocalDate today) {
        LocalDate purchased = receipt.purchasedAt().toLocalDate();
        // A receipt dated after "today" (a PC clock set wrong) is treated as bought today.
        LocalDate asOf = today.isBefore(purchased) ? purchased : today;
        Decision decision = policy.evaluate(new Claim(line.metal(), line.stones(),
                Optional.of(new Sale(purchased, line.listPrice(), line.paidPrice())), asOf, Set.of()));
        if (decision.hasFlag(Policy.FINAL_SALE)) {
            return new WarrantyStatus(Kind.FINAL_SALE, Optional.empty(), 0);
        }
        if (decision.hasFlag(Policy.WARRANTY_EXPIRED)) {
            return new WarrantyStatus(Kind.EXPIRED, decision.warrantyEnds(), 0);
        }
        return new WarrantyStatus(Kind.IN_WARRANTY, decision.warrantyEnds(), decision.daysLeft().orElse(0L));
    }
}
