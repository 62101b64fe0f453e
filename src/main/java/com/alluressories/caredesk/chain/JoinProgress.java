package com.alluressories.caredesk.chain;

/** How far a joining PC has got with the chain's sales history: rows received of the rows the hub holds. */
@FunctionalInterface
public interface JoinProgress {
    JoinProgress NONE = (received, total) -> {
    };

    /** Called on the chain's thread, every fifty thousand rows and at the end. */
    void received(long received, long total);
}
