package com.alluressories.caredesk.ui.lookup;

import com.alluressories.caredesk.receipt.Receipt;
import com.alluressories.caredesk.receipt.ReceiptLine;
import com.alluressories.caredesk.receipt.WarrantyStatus;

/** A receipt line as the lookup shows it: the item and its warranty as of today. */
public record LineRow(Receipt receipt, ReceiptLine line, WarrantyStatus warranty) {
}
