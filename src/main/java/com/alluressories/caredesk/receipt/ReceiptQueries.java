package com.alluressories.caredesk.receipt;

import com.alluressories.caredesk.money.Money;
import com.alluressories.caredesk.policy.Metal;
import com.alluressories.caredesk.policy.Stone;
import com.alluressories.caredesk.store.Rows;
import com.alluressories.caredesk.store.StoredTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Finding receipts: the SQL behind lookup, one indexed query per kind of key, newest first. */
public final class ReceiptQueries {
    /** A stored receipt with its row id. */
    public record Stored(long id, Receipt receipt) {
    }

    /** A receipt's header row, before its lines are read. */
    private record Header(String receiptNo, String shopCode, LocalDateTime purchasedAt, Optional<String> customerName,
                          Optional<String> customerPhone) {
    }

    private ReceiptQueries() {
    }

    public static Optional<Stored> byReceiptNo(Connection c, String receiptNo) throws SQLException {
        List<Stored> found = find(c, "r.receipt_no = ?", List.of(receiptNo), LookupQuery.of(LookupQuery.Kind.RECEIPT,
                receiptNo), "r.id");
        return found.stream().findFirst();
    }

    /** The receipts matching a query; an unusable key (a phone that is not one) finds nothing. */
    public static List<Receipt> search(Connection c, LookupQuery query) throws SQLException {
        String key = query.key().strip();
        String where;
        List<Object> args = new ArrayList<>();
        switch (query.kind()) {
            case RECEIPT -> {
                where = "r.receipt_no = ?";
                args.add(key);
            }
            case PHONE -> {
                Optional<String> phone = PhoneNumber.normalize(key);
                if (phone.isEmpty()) {
                    return List.of();
                }
                where = "r.customer_phone = ? AND r.customer_phone IS NOT NULL";
                args.add(phone.get());
            }
            case LAST4 -> {
                if (!key.matches("\\d{4}")) {
                    return List.of();
                }
                where = "r.phone_last4 = ? AND r.customer_phone IS NOT NULL";
                args.add(key);
            }
            case NAME -> {
                String prefix = ReceiptRepository.nameKey(key);
                if (prefix.isEmpty()) {
                    return List.of();
                }
                return byName(c, prefix, query);
            }
            case SKU -> {
                where = "r.id IN (SELECT receipt_id FROM receipt_line WHERE sku = ?)";
                args.add(key);
            }
            default -> throw new IllegalArgumentException("unknown kind " + query.kind());
        }
        return find(c, where, args, query, NEWEST_FIRST).stream().map(Stored::receipt).toList();
    }

    private static final String NEWEST_FIRST = "r.purchased_at DESC, r.id DESC";
    private static final String EXACT_NAME = "r.name_key = ? AND r.customer_name IS NOT NULL";
    private static final String LONGER_NAME = "r.name_key > ? AND r.name_key < ? "
            + "AND r.customer_name IS NOT NULL";

    /**
     * A name: first the receipts of exactly that name, newest first (the index walks them in that
     * order), then those of longer names starting with it, newest first too, unless thousands
     * match (a bare surname): those come by name, then newest first, so no keystroke waits on
     * a sort of half the chain's customers.
     */
    private static List<Receipt> byName(Connection c, String prefix, LookupQuery query) throws SQLException {
        List<Object> exactArgs = List.of(prefix);
        List<Stored> exact = find(c, EXACT_NAME, exactArgs, query, NEWEST_FIRST);
        if (exact.size() == query.limit()) {
            return exact.stream().map(Stored::receipt).toList();
        }
        int skipped = query.offset() == 0 ? 0 : count(c, EXACT_NAME, exactArgs, query);
        LookupQuery rest = query.withPage(query.limit() - exact.size(), Math.max(0, query.offset() - skipped));
        List<Object> longerArgs = List.of(prefix, prefix + Character.toString(Character.MAX_CODE_POINT));
        String order = broad(c, LONGER_NAME, longerArgs) ? "r.name_key, r.purchased_at DESC" : NEWEST_FIRST;
        List<Receipt> all = new ArrayList<>(exact.stream().map(Stored::receipt).toList());
        find(c, LONGER_NAME, longerArgs, rest, order).forEach(s -> all.add(s.receipt()));
        return all;
    }

    private static int count(Connection c, String where, List<Object> args, LookupQuery query) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT count(*) AS matches FROM receipt r WHERE ").append(where);
        List<Object> all = new ArrayList<>(args);
        filters(query, sql, all);
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < all.size(); i++) {
                ps.setObject(i + 1, all.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt("matches") : 0;
            }
        }
    }

    /** More receipts match than can be sorted by date in an instant. */
    static final int BROAD = 5_000;

    private static boolean broad(Connection c, String where, List<Object> args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) AS matches FROM (SELECT 1 FROM receipt r WHERE " + where
                + " LIMIT " + (BROAD + 1) + ")")) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt("matches") > BROAD;
            }
        }
    }

    private static List<Stored> find(Connection c, String where, List<Object> args, LookupQuery query, String order)
            throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT r.id, r.receipt_no, r.shop_code, r.purchased_at, r.customer_name, "
                + "r.customer_phone FROM receipt r WHERE ").append(where);
        List<Object> all = new ArrayList<>(args);
        filters(query, sql, all);
        sql.append(" ORDER BY ").append(order).append(" LIMIT ? OFFSET ?");
        all.add(query.limit());
        all.add(query.offset());

        Map<Long, Header> headers = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < all.size(); i++) {
                ps.setObject(i + 1, all.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    headers.put(rs.getLong("id"), new Header(rs.getString("receipt_no"), rs.getString("shop_code"),
                            StoredTime.decode(rs.getLong("purchased_at")), Rows.text(rs, "customer_name"),
                            Rows.text(rs, "customer_phone")));
                }
            }
        }
        if (headers.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ReceiptLine>> lines = lines(c, headers.keySet());
        List<Stored> result = new ArrayList<>(headers.size());
        headers.forEach((id, h) -> result.add(new Stored(id, new Receipt(h.receiptNo(), h.shopCode(), h.purchasedAt(),
                h.customerName(), h.customerPhone(), lines.getOrDefault(id, List.of())))));
        return result;
    }

    private static void filters(LookupQuery query, StringBuilder sql, List<Object> all) {
        query.from().ifPresent(d -> {
            sql.append(" AND r.purchased_at >= ?");
            all.add(StoredTime.startOf(d));
        });
        query.to().ifPresent(d -> {
            sql.append(" AND r.purchased_at < ?");
            all.add(StoredTime.startOf(d.plusDays(1)));
        });
        query.shop().ifPresent(s -> {
            sql.append(" AND r.shop_code = ?");
            all.add(s.toUpperCase(Locale.ROOT));
        });
    }

    private static Map<Long, List<ReceiptLine>> lines(Connection c, Set<Long> ids) throws SQLException {
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        Map<Long, List<ReceiptLine>> lines = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT receipt_id, line_no, sku, description, metal, stones, "
                + "list_price_cents, paid_price_cents FROM receipt_line WHERE receipt_id IN (" + marks
                + ") ORDER BY receipt_id, line_no")) {
            int i = 1;
            for (long id : ids) {
                ps.setLong(i++, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.computeIfAbsent(rs.getLong("receipt_id"), k -> new ArrayList<>()).add(new ReceiptLine(
                            rs.getInt("line_no"), rs.getString("sku"), rs.getString("description"),
                            Metal.fromCode(rs.getString("metal")).orElse(Metal.OTHER), stones(rs.getString("stones")),
                            Money.ofCents(rs.getLong("list_price_cents")).amount(),
                            Money.ofCents(rs.getLong("paid_price_cents")).amount()));
                }
            }
        }
        return lines;
    }

    static Set<Stone> stones(String code) {
        Set<Stone> stones = EnumSet.noneOf(Stone.class);
        if (code != null && !code.isEmpty()) {
            Arrays.stream(code.split(";")).map(Stone::fromCode).flatMap(Optional::stream).forEach(stones::add);
        }
        return stones;
    }
}
