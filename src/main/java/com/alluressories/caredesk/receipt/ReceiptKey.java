package com.alluressories.caredesk.receipt;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A receipt's row key, made from its receipt number alone (the first 63 bits of the number's
 * SHA-256). The same sale imported at head office and at a shop gets the same key on both PCs, so
 * receipts shared across the chain never collide and never double; the chance that two of a
 * chain's numbers share a key is about one in 10^12 for ten million receipts.
 */
public final class ReceiptKey {
    private ReceiptKey() {
    }

    public static long of(String receiptNo) {
        byte[] digest = sha256().digest(receiptNo.getBytes(StandardCharsets.UTF_8));
        long key = 0;
        for (int i = 0; i < 8; i++) {
            key = (key << 8) | (digest[i] & 0xff);
        }
        key &= Long.MAX_VALUE;
        return key == 0 ? 1 : key;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
