package com.alluressories.caredesk.report;

import com.alluressories.caredesk.store.StoredTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * Reads what reports need from the tickets and their claims (read only: these tables belong to
 * the ticket and claim features; a ticket's times come derived from its events). By column name.
 */
final class ReportRepository {
    private ReportRepository() {
    }

    /** Hands every ticket in {@code scope} to {@code into}, one at a time. */
    static void facts(Connection c, ReportScope scope, Consumer<TicketFacts> into) throws SQLException {
        StringBuilder sql = new StringBuilder("""
                SELECT t.ticket_no, t.shop_code, t.created_at, t.promised_date, t.state, t.collected_at,
                       t.quote_cents, t.quote_decision, t.final_charge_cents,
                       t.ready_at, t.last_step_at, c.final_verdict, c.override_verdict, c.findings
                FROM ticket t JOIN claim c ON c.id = t.claim_id
                WHERE t.created_at >= ? AND t.created_at < ?""");
        List<String> shops = new ArrayList<>(scope.shops());
        if (!shops.isEmpty()) {
            sql.append(" AND t.shop_code IN (").append(String.join(", ", shops.stream().map(s -> "?").toList())).append(')');
        }
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            ps.setLong(1, scope.from().map(StoredTime::startOf).orElse(0L));
            ps.setLong(2, scope.to().map(d -> StoredTime.startOf(d.plusDays(1))).orElse(Long.MAX_VALUE));
            for (int i = 0; i < shops.size(); i++) {
                ps.setString(3 + i, shops.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    into.accept(new TicketFacts(rs.getString("ticket_no"), rs.getString("shop_code"),
                            StoredTime.decode(rs.getLong("created_at")), day(rs.getString("promised_date")),
                            rs.getString("state"), rs.getString("final_verdict"), rs.getString("override_verdict") != null,
                            findings(rs.getString("findings")), time(rs, "ready_at"), time(rs, "collected_at"),
                            time(rs, "last_step_at").orElse(StoredTime.decode(rs.getLong("created_at"))),
                            cents(rs, "quote_cents"), Optional.ofNullable(rs.getString("quote_decision")),
                            cents(rs, "final_charge_cents")));
                }
            }
        }
    }

    /**
     * Adds the tickets in {@code scope} to {@code into}, counted by the store in one pass over the
     * ticket table that returns a few thousand rows however many tickets there are: alike tickets
     * (state, quote, days to ready and to collection — derived with the state —, and for open ones
     * the day of their last step) with their charges and how many are overdue. Their claims are
     * {@link #claims}: the one pass that joins the claim table, run beside this one.
     */
    static void tickets(Connection c, ReportScope scope, LocalDate today, ReportTally into) throws SQLException {
        Where where = where(scope);
        Days days = new Days();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.state, t.quote_decision, "
                + "t.quote_cents IS NOT NULL AS quoted, t.ready_days, t.collected_days, "
                + "CASE WHEN t.state NOT IN ('COLLECTED', 'DISPOSED') "
                + "THEN coalesce(t.last_step_at, t.created_at) / 1000000 END AS open_since, "
                + "count(*), total(t.final_charge_cents), "
                + "sum(t.state IN ('RECEIVED', 'QUOTED', 'IN_REPAIR') AND t.promised_date < ?) "
                + "FROM ticket t" + where.sql() + " GROUP BY 1, 2, 3, 4, 5, 6")) {
            ps.setString(1, today.toString());
            where.bind(ps, 2);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String state = rs.getString(1);
                    long n = rs.getLong(7);
                    into.addTickets(state, Optional.ofNullable(rs.getString(2)), rs.getInt(3) == 1, n,
                            (long) rs.getDouble(8), rs.getLong(9));
                    long toReady = rs.getLong(4);
                    if (!rs.wasNull()) {
                        long toCollected = rs.getLong(5);
                        into.addTurnaroundDays(toReady, rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(toCollected),
                                n);
                    }
                    long openSince = rs.getLong(6);
                    if (!rs.wasNull()) {
                        into.addOpen(state, days.of(openSince), n);
                    }
                }
            }
        }
    }

    /** The claims of a scope's tickets, alike ones counted together: final verdict, override, findings. */
    record ClaimGroup(String verdict, boolean overridden, List<String> findings, long count) {
    }

    static List<ClaimGroup> claims(Connection c, ReportScope scope) throws SQLException {
        Where where = where(scope);
        List<ClaimGroup> groups = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT c.final_verdict, "
                + "c.override_verdict IS NOT NULL AS overridden, c.findings, count(*) "
                + "FROM ticket t JOIN claim c ON c.id = t.claim_id" + where.sql()
                + " GROUP BY c.final_verdict, overridden, c.findings")) {
            where.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    groups.add(new ClaimGroup(rs.getString(1), rs.getInt(2) == 1, findings(rs.getString(3)),
                            rs.getLong(4)));
                }
            }
        }
        return groups;
    }

    /** The tickets of a scope: opened in its period, at its shops. */
    private record Where(String sql, List<Object> args) {
        void bind(PreparedStatement ps, int first) throws SQLException {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(first + i, args.get(i));
            }
        }

        /** What joins one more condition on: AND after a WHERE, else WHERE. */
        String and() {
            return sql.isEmpty() ? " WHERE " : " AND ";
        }
    }

    /**
     * The conditions of a scope. All time and every shop is no condition at all: the table is read
     * from end to end, faster than through the index of opening days.
     */
    private static Where where(ReportScope scope) {
        List<String> conditions = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        scope.from().ifPresent(d -> {
            conditions.add("t.created_at >= ?");
            args.add(StoredTime.startOf(d));
        });
        scope.to().ifPresent(d -> {
            conditions.add("t.created_at < ?");
            args.add(StoredTime.startOf(d.plusDays(1)));
        });
        List<String> shops = new ArrayList<>(scope.shops());
        if (!shops.isEmpty()) {
            conditions.add("t.shop_code IN (" + String.join(", ", shops.stream().map(s -> "?").toList()) + ")");
            args.addAll(shops);
        }
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), args);
    }


    /** Days stored as yyyyMMdd, each read once. */
    private static final class Days {
        private final java.util.Map<Long, LocalDate> known = new java.util.HashMap<>();

        LocalDate of(long yyyymmdd) {
            return known.computeIfAbsent(yyyymmdd, d -> LocalDate.of((int) (d / 10_000), (int) (d / 100 % 100),
                    (int) (d % 100)));
        }
    }

    /** Every shop that has opened a ticket this PC holds, in code order. */
    static List<String> shops(Connection c) throws SQLException {
        List<String> shops = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT shop_code FROM ticket ORDER BY shop_code");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                shops.add(rs.getString("shop_code"));
            }
        }
        return shops;
    }

    /** The ;-separated finding codes, each once (a chain's years go through here row by row: no streams). */
    private static List<String> findings(String stored) {
        if (stored == null || stored.isEmpty()) {
            return List.of();
        }
        List<String> codes = new ArrayList<>(2);
        int start = 0;
        while (start <= stored.length()) {
            int end = stored.indexOf(';', start);
            if (end < 0) {
                end = stored.length();
            }
            String code = stored.substring(start, end).strip();
            if (!code.isEmpty() && !codes.contains(code)) {
                codes.add(code);
            }
            start = end + 1;
        }
        return codes;
    }

    /** yyyy-MM-dd as stored, read without a formatter. */
    private static LocalDate day(String stored) {
        if (stored.length() == 10 && stored.charAt(4) == '-' && stored.charAt(7) == '-') {
            return LocalDate.of(Integer.parseInt(stored, 0, 4, 10), Integer.parseInt(stored, 5, 7, 10),
                    Integer.parseInt(stored, 8, 10, 10));
        }
        return LocalDate.parse(stored);
    }

    private static Optional<java.time.LocalDateTime> time(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(StoredTime.decode(value));
    }

    private static OptionalLong cents(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
    }
}
