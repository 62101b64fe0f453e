package com.alluressories.caredesk.receipt;

import com.alluressories.caredesk.money.Money;
import com.alluressories.caredesk.policy.Stone;
import com.alluressories.caredesk.store.Sql;
import com.alluressories.caredesk.store.StoredTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** SQL for the {@code receipt} and {@code receipt_line} tables; callers own the transaction. */
public final class ReceiptRepository {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ReceiptRepository() {
    }

    /** Inserting a receipt line: bound by {@link #bindLine}. */
    static final String INSERT_LINE = "INSERT INTO receipt_line (receipt_id, line_no, sku, description, metal, stones, "
            + "list_price_cents, paid_price_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    public static void insert(Connection c, Receipt receipt) throws SQLException {
        long id = ReceiptKey.of(receipt.receiptNo());
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO receipt (id, receipt_no, shop_code, purchased_at, customer_name, customer_phone) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, receipt.receiptNo());
            ps.setString(3, receipt.shopCode());
            ps.setLong(4, StoredTime.encode(receipt.purchasedAt()));
            Sql.setText(ps, 5, receipt.customerName().map(ReceiptRepository::collapseSpaces).orElse(null));
            Sql.setText(ps, 6, receipt.customerPhone().orElse(null));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT_LINE)) {
            for (ReceiptLine line : receipt.lines()) {
                bindLine(ps, id, line);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Binds one line to {@link #INSERT_LINE}: prices as whole cents. */
    static void bindLine(PreparedStatement ps, long receiptId, ReceiptLine line) throws SQLException {
        ps.setLong(1, receiptId);
        ps.setInt(2, line.lineNo());
        ps.setString(3, line.sku());
        ps.setString(4, line.description());
        ps.setString(5, line.metal().code());
        ps.setString(6, stonesCode(line));
        ps.setLong(7, Money.of(line.listPrice()).cents());
        ps.setLong(8, Money.of(line.paidPrice()).cents());
    }

    public static long count(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) AS receipts FROM receipt")) {
            rs.next();
            return rs.getLong("receipts");
        }
    }

    static String collapseSpaces(String name) {
        return SPACES.matcher(name.strip()).replaceAll(" ");
    }

    /**
     * Names are searched by prefix in any case, through an index on the generated {@code name_key} column, SQLite's {@code lower()}, which
     * folds ASCII letters only: the search key is folded the same way (Chinese has no case).
     */
    public static String nameKey(String name) {
        String collapsed = collapseSpaces(name);
        StringBuilder key = new StringBuilder(collapsed.length());
        for (int i = 0; i < collapsed.length(); i++) {
            char ch = collapsed.charAt(i);
            key.append(ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch);
        }
        return key.toString();
    }

    static String stonesCode(ReceiptLine line) {
        if (line.stones().isEmpty()) {
            return "";
        }
        if (line.stones().size() == 1) {
            return line.stones().iterator().next().code();
        }
        return line.stones().stream().map(Stone::code).sorted().collect(Collectors.joining(";"));
    }
}
