package com.alluressories.caredesk.receipt;

import com.alluressories.caredesk.store.RowKey;

/**
 * A receipt's row key, made from its receipt number alone (the first 63 bits of the number's
 * SHA-256). The same sale imported at head office and at a shop gets the same key on both PCs, so
 * receipts shared across the chain never collide and never double ({@link RowKey} gives the odds).
 */
public final class ReceiptKey {
    private ReceiptKey() {
    }

    public static long of(String receiptNo) {
        return RowKey.of(receiptNo);
    }
}
