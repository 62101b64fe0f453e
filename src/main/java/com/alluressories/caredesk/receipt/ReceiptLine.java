package com.alluressories.caredesk.receipt;

import com.alluressories.caredesk.policy.Metal;
import com.alluressories.caredesk.policy.Stone;
import java.math.BigDecimal;
import java.util.Set;

/** One item on a receipt. Prices are HK$ with two decimals. */
public record ReceiptLine(int lineNo, String sku, String description, Metal metal, Set<Stone> stones,
                          BigDecimal listPrice, BigDecimal paidPrice) {
    public ReceiptLine {
        stones = Set.copyOf(stones);
    }
}
