package com.alluressories.caredesk.receipt;

import com.alluressories.caredesk.policy.Stone;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/** SQL for the {@code receipt} and {@code receipt_line} tables; callers own the transaction. */
public final class ReceiptRepository {
    static final DateTimeFormatter STORED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private ReceiptRepository() {
    }

    public static void insert(Connection c, Receipt receipt) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO receipt (receipt_no, shop_code, purchased_at, customer_name, name_key, customer_phone) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, receipt.receiptNo());
            ps.setString(2, receipt.shopCode());
            ps.setString(3, STORED.format(receipt.purchasedAt()));
            setOptional(ps, 4, receipt.customerName().orElse(null));
            setOptional(ps, 5, receipt.customerName().map(ReceiptRepository::nameKey).orElse(null));
            setOptional(ps, 6, receipt.customerPhone().orElse(null));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO receipt_line (receipt_id, line_no, sku, description, metal, stones, list_price_cents, "
                        + "paid_price_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ReceiptLine line : receipt.lines()) {
                ps.setLong(1, id);
                ps.setInt(2, line.lineNo());
                ps.setString(3, line.sku());
                ps.setString(4, line.description());
                ps.setString(5, line.metal().code());
                ps.setString(6, stonesCode(line));
                ps.setLong(7, cents(line.listPrice()));
                ps.setLong(8, cents(line.paidPrice()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public static long count(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM receipt")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public static void deleteAll(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM receipt_line");
            st.executeUpdate("DELETE FROM receipt");
        }
    }

    /** Names are searched by prefix in any case: the key is the name folded to lower case, spaces collapsed. */
    public static String nameKey(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static String stonesCode(ReceiptLine line) {
        return line.stones().stream().map(Stone::code).sorted().collect(Collectors.joining(";"));
    }

    static long cents(BigDecimal amount) {
        return amount.movePointRight(2).longValueExact();
    }

    private static void setOptional(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }
}
