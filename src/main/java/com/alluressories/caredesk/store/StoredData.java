package com.alluressories.caredesk.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A feature's tables as the store sees them: how they leave with the demo, what a restore
 * carries over from the replaced store, and what is derived again when the chain brings rows. Each feature package implements this for its own tables
 * and the composition root lists them (dependents first), so no feature reaches into another's tables.
 */
public interface StoredData {
    /** Removes this feature's rows (leaving the demo), inside the caller's transaction. */
    void removeAll(Connection c) throws SQLException;

    /**
     * After a restore, inside its transaction, with the replaced store attached as {@code replaced}:
     * what must carry on from it (ticket numbers already on paper, for one).
     */
    default void afterRestore(Connection restored) throws SQLException {
        // most tables carry nothing over
    }

    /**
     * After rows came in from other PCs of the chain, inside a transaction of its own: what this
     * PC derives from them, derived again (a ticket's state from its events, for one).
     */
    default void afterChainLoad(Connection c) throws SQLException {
        // most tables derive nothing
    }
}
