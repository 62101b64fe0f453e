package com.alluressories.caredesk.receipt;

import com.alluressories.caredesk.text.Refusal;

/** The store holds the demo shop, whose receipts must never mix with a real shop's. */
public class DemoStoreException extends Refusal {
    public DemoStoreException(java.nio.file.Path store) {
        super("import.refused.demo", store.toString());
    }
}
