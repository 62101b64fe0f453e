package com.alluressories.caredesk.chain;

import com.alluressories.caredesk.store.Settings;
import com.alluressories.caredesk.store.Store;
import java.util.Optional;

/**
 * This PC's place in the chain, kept in its own settings (they never leave the PC): the hub it
 * joined and the node code it was registered under. None: the PC works alone.
 */
public record Membership(String hubUrl, String nodeCode) {
    static final String HUB = "chain.hub";
    static final String CODE = "chain.code";
    static final String LAST_SYNC = "chain.lastSync";
    static final String LAST_ERROR = "chain.lastError";
    /** Set at join until the chain's sales history has arrived whole (ReceiptSnapshot). */
    static final String RECEIPTS_DUE = "chain.receiptsDue";
    /** Seconds this PC's clock was ahead of the hub's (negative: behind) at the last sync. */
    static final String CLOCK_SKEW = "chain.clockSkewSeconds";

    public static Optional<Membership> of(Store store) {
        return store.read(c -> {
            Optional<String> hub = Settings.get(c, HUB);
            Optional<String> code = Settings.get(c, CODE);
            return hub.isPresent() && code.isPresent() ? Optional.of(new Membership(hub.get(), code.get()))
                    : Optional.<Membership>empty();
        });
    }

    void save(Store store) {
        store.write(c -> {
            Settings.put(c, HUB, hubUrl);
            Settings.put(c, CODE, nodeCode);
            return null;
        });
    }

    /** SymmetricDS's name for this node's engine. */
    String engineName() {
        return "caredesk-" + nodeCode.toLowerCase(java.util.Locale.ROOT);
    }
}
