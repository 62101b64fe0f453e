package com.alluressories.caredesk.receipt;

import com.alluressories.caredesk.store.Sql;
import com.alluressories.caredesk.store.StoredTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an import's new receipts and lines in batches, inside the import's transaction (the caller
 * owns it): each new receipt is keyed by its number ({@link ReceiptKey}). A load bigger than what
 * is stored may leave the lookup indexes to be built once at the end, rather than kept up to date
 * row by row; a rollback restores them with everything else.
 */
final class ReceiptBatchWriter implements AutoCloseable {
    private static final int BATCH = 4_096;

    private final Connection c;
    private final PreparedStatement receipts;
    private final PreparedStatement lines;
    private final long storedBefore;
    private int pending;
    private long receiptsAdded;
    private long linesAdded;
    private List<String> deferredIndexes = List.of();

    ReceiptBatchWriter(Connection c) throws SQLException {
        this.c = c;
        this.storedBefore = ReceiptRepository.count(c);
        this.receipts = c.prepareStatement("INSERT INTO receipt (id, receipt_no, shop_code, purchased_at, customer_name, "
                + "customer_phone) VALUES (?, ?, ?, ?, ?, ?)");
        try {
            this.lines = c.prepareStatement(ReceiptRepository.INSERT_LINE);
        } catch (SQLException e) {
            receipts.close();
            throw e;
        }
    }

    /** The store held receipts before this import: the file is compared with them. */
    boolean storeHadReceipts() {
        return storedBefore > 0;
    }

    /**
     * Drops the lookup indexes when more receipts are coming than are stored ({@code receiptsComing}
     * an estimate); {@link #finish} makes them again.
     */
    void deferIndexesFor(long receiptsComing) throws SQLException {
        if (receiptsComing <= storedBefore) {
            return;
        }
        List<String[]> indexes = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT name, sql FROM sqlite_master "
                + "WHERE type = 'index' AND tbl_name IN ('receipt', 'receipt_line') AND sql IS NOT NULL")) {
            while (rs.next()) {
                indexes.add(new String[] {rs.getString("name"), rs.getString("sql")});
            }
        }
        List<String> recreate = new ArrayList<>();
        try (Statement st = c.createStatement()) {
            for (String[] index : indexes) {
                st.execute("DROP INDEX \"" + index[0].replace("\"", "\"\"") + "\"");
                recreate.add(index[1]);
            }
        }
        deferredIndexes = recreate;
    }

    /** Adds a new receipt's header; returns the id it is stored under. */
    long addReceipt(SalesRow row) throws SQLException {
        long id = ReceiptKey.of(row.receiptNo());
        receipts.setLong(1, id);
        receipts.setString(2, row.receiptNo());
        receipts.setString(3, row.shopCode());
        receipts.setLong(4, StoredTime.encode(row.purchasedAt()));
        Sql.setText(receipts, 5, row.customerName().orElse(null));
        Sql.setText(receipts, 6, row.customerPhone().orElse(null));
        receipts.addBatch();
        receiptsAdded++;
        return id;
    }

    /** Adds a line to a receipt, new or stored; a full batch is written. */
    void addLine(long receiptId, ReceiptLine line) throws SQLException {
        ReceiptRepository.bindLine(lines, receiptId, line);
        lines.addBatch();
        linesAdded++;
        if (++pending >= BATCH) {
            flush();
        }
    }

    private void flush() throws SQLException {
        receipts.executeBatch();
        lines.executeBatch();
        pending = 0;
    }

    /** Writes what is still pending and builds the deferred indexes. */
    void finish() throws SQLException {
        flush();
        try (Statement st = c.createStatement()) {
            for (String sql : deferredIndexes) {
                st.execute(sql);
            }
        }
    }

    long receiptsAdded() {
        return receiptsAdded;
    }

    long linesAdded() {
        return linesAdded;
    }

    @Override
    public void close() throws SQLException {
        try {
            receipts.close();
        } finally {
            lines.close();
        }
    }
}
