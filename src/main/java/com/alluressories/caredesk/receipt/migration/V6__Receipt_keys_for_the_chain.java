package com.alluressories.caredesk.receipt.migration;

import com.alluressories.caredesk.receipt.ReceiptKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.sqlite.Function;
import org.sqlite.SQLiteConnection;

/**
 * Receipts stored before the chain were keyed 1, 2, 3… in the order they were imported, which
 * would collide between shops. Every receipt (and its lines) now takes the key its number gives
 * ({@link ReceiptKey}), the same on every PC. Runs once, inside the migration's transaction.
 */
public class V6__Receipt_keys_for_the_chain extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        Function.create(c.unwrap(SQLiteConnection.class), "receipt_key", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                result(ReceiptKey.of(value_text(0)));
            }
        });
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA defer_foreign_keys = ON");
            st.execute("CREATE TEMP TABLE receipt_rekey (old_id INTEGER PRIMARY KEY, new_id INTEGER NOT NULL)");
            st.execute("INSERT INTO receipt_rekey SELECT id, receipt_key(receipt_no) FROM receipt");
            st.execute("UPDATE receipt_line SET receipt_id = (SELECT new_id FROM receipt_rekey WHERE old_id = receipt_id)");
            st.execute("UPDATE receipt SET id = (SELECT new_id FROM receipt_rekey WHERE old_id = receipt.id)");
            st.execute("DROP TABLE receipt_rekey");
        } finally {
            Function.destroy(c.unwrap(SQLiteConnection.class), "receipt_key");
        }
    }
}
