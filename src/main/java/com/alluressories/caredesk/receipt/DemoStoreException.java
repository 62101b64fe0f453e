package com.alluressories.caredesk.receipt;

/** The store holds the demo shop, whose receipts must never mix with a real shop's. */
public class DemoStoreException extends IllegalStateException {
    public DemoStoreException(String message) {
        super(message);
    }
}
