package com.alluressories.caredesk.report;

import com.alluressories.caredesk.policy.Verdict;
import com.alluressories.caredesk.store.StoredTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        // Each count from the narrowest source SQLite has: states from the index of states, money in
        // one pass without grouping, turnaround from its own index; no sort of every ticket.
        try (PreparedStatement ps = c.prepareStatement("SELECT t.state, count(*) FROM ticket t" + where.sql()
                + " GROUP BY t.state")) {
            where.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    into.addStates(rs.getString(1), rs.getLong(2));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM ticket t" + where.sql() + where.and()
                + "t.state IN ('RECEIVED', 'QUOTED', 'IN_REPAIR') AND t.promised_date < ?")) {
            int next = where.bind(ps, 1);
            ps.setString(next, today.toString());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                into.addOverdue(rs.getLong(1));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT total(t.quote_decision IS NOT NULL "
                + "AND t.quote_decision <> 'DECLINED'), total(t.quote_decision = 'DECLINED'), "
                + "total(t.quote_decision IS NULL AND t.quote_cents IS NOT NULL), total(t.final_charge_cents) "
                + "FROM ticket t" + where.sql())) {
            where.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                into.addQuotes((long) rs.getDouble(1), (long) rs.getDouble(2), (long) rs.getDouble(3),
                        (long) rs.getDouble(4));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT t.ready_days, t.collected_days, count(*) FROM ticket t"
                + where.sql() + where.and() + "t.ready_days IS NOT NULL GROUP BY 1, 2")) {
            where.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long toReady = rs.getLong(1);
                    long toCollected = rs.getLong(2);
                    into.addTurnaroundDays(toReady, rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(toCollected),
                            rs.getLong(3));
                }
            }
        }
        Days days = new Days();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.state, coalesce(t.last_step_at, t.created_at) "
                + "/ 1000000, count(*) FROM ticket t" + where.sql() + where.and()
                + "t.state NOT IN ('COLLECTED', 'DISPOSED') GROUP BY 1, 2")) {
            where.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    into.addOpen(rs.getString(1), days.of(rs.getLong(2)), rs.getLong(3));
                }
            }
        }
    }

    /** The claims of a scope's tickets: how many of each final verdict, how many overridden, each set of findings. */
    record ClaimCounts(Map<String, Long> verdicts, long overrides, Map<String, Long> findings) {
    }

    static ClaimCounts claims(Connection c, ReportScope scope) throws SQLException {
        Where where = where(scope);
        String from = " FROM ticket t JOIN claim c ON c.id = t.claim_id" + where.sql();
        Map<String, Long> verdicts = new LinkedHashMap<>();
        long overrides;
        // Verdicts as CareDesk knows them, counted in one pass; a code it does not know (from a newer
        // CareDesk) sends it to count them by code instead.
        StringBuilder sql = new StringBuilder("SELECT count(*), total(c.override_verdict IS NOT NULL)");
        for (Verdict v : Verdict.values()) {
            sql.append(", total(c.final_verdict = '").append(v.name()).append("')");
        }
        try (PreparedStatement ps = c.prepareStatement(sql + from)) {
            where.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long all = rs.getLong(1);
                overrides = (long) rs.getDouble(2);
                long known = 0;
                for (int i = 0; i < Verdict.values().length; i++) {
                    long n = (long) rs.getDouble(3 + i);
                    known += n;
                    if (n > 0) {
                        verdicts.put(Verdict.values()[i].name(), n);
                    }
                }
                if (known != all) {
                    verdicts.clear();
                }
            }
        }
        if (verdicts.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT c.final_verdict, count(*)" + from
                    + " GROUP BY c.final_verdict")) {
                where.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        verdicts.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
        }
        Map<String, Long> findings = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT c.findings, count(*)" + from + " GROUP BY c.findings")) {
            where.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    findings.put(rs.getString(1) == null ? "" : rs.getString(1), rs.getLong(2));
                }
            }
        }
        return new ClaimCounts(verdicts, overrides, findings);
    }

    /** Adds claims counted by {@link #claims} to a tally. */
    static void add(ClaimCounts counts, ReportTally into) {
        counts.verdicts().forEach(into::addVerdicts);
        into.addOverrides(counts.overrides());
        counts.findings().forEach((stored, n) -> into.addFindings(findings(stored), n));
    }

    /** The tickets of a scope: opened in its period, at its shops. */
    private record Where(String sql, List<Object> args) {
        /** Binds the scope's values from parameter {@code first} on; returns the next parameter's number. */
        int bind(PreparedStatement ps, int first) throws SQLException {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(first + i, args.get(i));
            }
            return first + args.size();
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
