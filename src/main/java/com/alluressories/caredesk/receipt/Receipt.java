package com.alluressories.caredesk.receipt;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** A sale as the till recorded it. Name and phone are empty for a walk-in sale. */
public record Receipt(String receiptNo, String shopCode, LocalDateTime purchasedAt, Optional<String> customerName,
                      Optional<String> customerPhone, List<ReceiptLine> lines) {
    public Receipt {
        lines = List.copyOf(lines);
    }
}
