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
    /** Lines written at a time (with their new receipts): sorted by key first, see {@link #flush}. */
    private static final int BATCH = 16_384;

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

    private record NewReceipt(long id, SalesRow row) {
    }

    private record NewLine(long receiptId, ReceiptLine line) {
    }

    private final List<NewReceipt> receiptsPending = new ArrayList<>();
    private final List<NewLine> linesPending = new ArrayList<>();

    /** Adds a new receipt's header; returns the id it is stored under. */
    long addReceipt(SalesRow row) {
        long id = ReceiptKey.of(row.receiptNo());
        receiptsPending.add(new NewReceipt(id, row));
        receiptsAdded++;
        return id;
    }

    /** Adds a line to a receipt, new or stored; a full batch is written. */
    void addLine(long receiptId, ReceiptLine line) throws SQLException {
        linesPending.add(new NewLine(receiptId, line));
        linesAdded++;
        if (++pending >= BATCH) {
            flush();
        }
    }

    /**
     * Writes what is pending, receipts first, each table in the order of its key: the keys are hashes,
     * so in file order every row would land somewhere else in the table; sorted, a batch walks through
     * it once (about a third faster on a big import).
     */
    private void flush() throws SQLException {
        receiptsPending.sort(java.util.Comparator.comparingLong(NewReceipt::id));
        for (NewReceipt r : receiptsPending) {
            receipts.setLong(1, r.id());
            receipts.setString(2, r.row().receiptNo());
            receipts.setString(3, r.row().shopCode());
            receipts.setLong(4, StoredTime.encode(r.row().purchasedAt()));
            Sql.setText(receipts, 5, r.row().customerName().orElse(null));
            Sql.setText(receipts, 6, r.row().customerPhone().orElse(null));
            receipts.addBatch();
        }
        receipts.executeBatch();
        receiptsPending.clear();
        linesPending.sort(java.util.Comparator.comparingLong(NewLine::receiptId)
                .thenComparingInt(l -> l.line().lineNo()));
        for (NewLine l : linesPending) {
            ReceiptRepository.bindLine(lines, l.receiptId(), l.line());
            lines.addBatch();
        }
        lines.executeBatch();
        linesPending.clear();
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
