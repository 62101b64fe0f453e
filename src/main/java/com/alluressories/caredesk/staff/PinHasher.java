package com.alluressories.caredesk.staff;

import at.favre.lib.crypto.bcrypt.BCrypt;

/**
 * PINs are kept only as bcrypt hashes: salted, and slow on purpose (cost 11 is ≈0.14 s here), so a
 * copied store file does not give the PINs away cheaply. A 4–8 digit PIN has few possibilities,
 * so the real guard at the counter is the lockout after five wrong tries.
 */
public final class PinHasher {
    public static final int DEFAULT_COST = 11;
    private final int cost;

    public PinHasher() {
        this(DEFAULT_COST);
    }

    /** @param cost bcrypt's log2 work factor (4 to 31) */
    public PinHasher(int cost) {
        if (cost < 4 || cost > 31) {
            throw new IllegalArgumentException("bcrypt cost must be 4 to 31: " + cost);
        }
        this.cost = cost;
    }

    public String hash(String pin) {
        return BCrypt.withDefaults().hashToString(cost, pin.toCharArray());
    }

    /** Constant-time comparison; a malformed hash never verifies. */
    public boolean verify(String pin, String hash) {
        if (pin == null || hash == null) {
            return false;
        }
        try {
            return BCrypt.verifyer().verify(pin.toCharArray(), hash).verified;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
