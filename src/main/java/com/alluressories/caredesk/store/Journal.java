package com.alluressories.caredesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * What the store's own upkeep tells the audit trail (which lives in a feature package above the
 * store): a backup made, a store restored. The composition root supplies the real one.
 */
public interface Journal {
    /** No record kept (tests of the store alone). */
    Journal NONE = new Journal() {
        @Override
        public void backupMade(Path file) {
        }

        @Override
        public void restored(Connection restored, Path from, Path keptAs) {
        }
    };

    /** A checked backup now exists at {@code file}; called outside any transaction. */
    void backupMade(Path file);

    /** Inside the restored store's first write: it came from {@code from}; the replaced one is {@code keptAs}. */
    void restored(Connection restored, Path from, Path keptAs) throws SQLException;
}
