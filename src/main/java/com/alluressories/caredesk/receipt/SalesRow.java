package com.alluressories.caredesk.receipt;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One row of the tills' sales export, parsed and normalized: one receipt line with its receipt's
 * header fields, and the file line it came from.
 */
record SalesRow(long line, String receiptNo, String shopCode, LocalDateTime purchasedAt, Optional<String> customerName,
                Optional<String> customerPhone, ReceiptLine item) {
}
