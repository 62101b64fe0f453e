package com.alluressories.caredesk.report;

import com.alluressories.caredesk.policy.Verdict;
import com.alluressories.caredesk.store.StoredTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
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
        Where where = where(scope);
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT t.ticket_no, t.shop_code, t.created_at, t.promised_date, t.state, t.collected_at,
                       t.quote_cents, t.quote_decision, t.final_charge_cents,
                       t.ready_at, t.last_step_at, c.final_verdict, c.override_verdict, c.findings,
                       c.sku, c.item_description, c.metal, c.stones, c.override_by, c.policy_verdict,
                """ + SALE_FLAG + " AS sale_flag FROM ticket t JOIN claim c ON c.id = t.claim_id" + where.sql())) {
            where.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    boolean overridden = rs.getString("override_verdict") != null;
                    TicketFacts.Piece piece = new TicketFacts.Piece(sku(rs.getString("sku")),
                            rs.getString("item_description"), rs.getString("metal"), codes(rs.getString("stones")),
                            Optional.ofNullable(rs.getString("sale_flag")),
                            overridden ? Optional.ofNullable(rs.getString("override_by")) : Optional.empty(),
                            rs.getString("policy_verdict"));
                    into.accept(new TicketFacts(rs.getString("ticket_no"), rs.getString("shop_code"),
                            StoredTime.decode(rs.getLong("created_at")), day(rs.getString("promised_date")),
                            rs.getString("state"), rs.getString("final_verdict"), overridden,
                            codes(rs.getString("findings")), time(rs, "ready_at"), time(rs, "collected_at"),
                            time(rs, "last_step_at").orElse(StoredTime.decode(rs.getLong("created_at"))),
                            cents(rs, "quote_cents"), Optional.ofNullable(rs.getString("quote_decision")),
                            cents(rs, "final_charge_cents"), piece));
                }
            }
        }
    }

    /**
     * The clause a claim's sale raised, as the policy decides it (no receipt, a final sale, a
     * warranty over on the day): a column the store computes from the claim (V16).
     */
    static final String SALE_FLAG = "c.sale_clause";

    /**
     * Adds the tickets in {@code scope} to {@code into}, counted by the store in passes over the
     * ticket table that each return a few thousand rows however many tickets there are: by state,
     * overdue, month by month and shop by shop (from indexes kept in that order: no sort of every
     * ticket), and the open ones by the day of their last step. Their claims are {@link #claims}:
     * the passes that join the claim table, run beside these.
     */
    static void tickets(Connection c, ReportScope scope, LocalDate today, ReportTally into) throws SQLException {
        Where where = where(scope);
        Where byDay = byDay(scope);
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
        Months months = new Months();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + MONTH + ", t.shop_code, count(*), "
                + "total(t.quote_decision IS NOT NULL AND t.quote_decision <> 'DECLINED'), "
                + "total(t.quote_decision = 'DECLINED'), total(t.quote_decision IS NULL AND t.quote_cents IS NOT NULL), "
                + "total(t.final_charge_cents) FROM ticket t" + byDay.sql() + " GROUP BY 1, 2")) {
            byDay.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    into.addMoney(months.of(rs.getInt(1)), rs.getString(2), rs.getLong(3), (long) rs.getDouble(4),
                            (long) rs.getDouble(5), (long) rs.getDouble(6), (long) rs.getDouble(7));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + MONTH + ", t.ready_days, t.collected_days, count(*) "
                + "FROM ticket t" + byDay.sql() + byDay.and() + "t.ready_days IS NOT NULL GROUP BY 1, 2, 3")) {
            byDay.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    into.addMonthTurnaround(months.of(rs.getInt(1)), rs.getLong(2), collected(rs, 3), rs.getLong(4));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT t.shop_code, t.ready_days, t.collected_days, count(*) "
                + "FROM ticket t" + byDay.sql() + byDay.and() + "t.ready_days IS NOT NULL GROUP BY 1, 2, 3")) {
            byDay.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    into.addShopTurnaround(rs.getString(1), rs.getLong(2), collected(rs, 3), rs.getLong(4));
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

    private static OptionalLong collected(ResultSet rs, int column) throws SQLException {
        long days = rs.getLong(column);
        return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(days);
    }

    /** The month a ticket was opened, yyyyMM: a column the store computes (V16), in the report indexes. */
    private static final String MONTH = "t.opened_month";

    /**
     * Adds the verdicts of the claims of a scope's tickets, month by month and shop by shop, in one
     * pass in the order of the month index. Verdicts as CareDesk knows them are counted side by
     * side; a code it does not know (from a newer CareDesk) sends it to count them by code instead.
     */
    static long verdicts(Connection c, ReportScope scope, ReportTally into) throws SQLException {
        Where byDay = byDay(scope);
        String from = " FROM ticket t JOIN claim c ON c.id = t.claim_id" + byDay.sql();
        Months months = new Months();
        List<Object[]> rows = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT " + MONTH + ", t.shop_code, count(*), "
                + "total(c.override_verdict IS NOT NULL)");
        for (Verdict v : Verdict.values()) {
            sql.append(", total(c.final_verdict = '").append(v.name()).append("')");
        }
        boolean unknown = false;
        long claims = 0;
        try (PreparedStatement ps = c.prepareStatement(sql + from + " GROUP BY 1, 2")) {
            byDay.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long all = rs.getLong(3);
                    claims += all;
                    long[] counts = new long[Verdict.values().length];
                    long known = 0;
                    for (int i = 0; i < counts.length; i++) {
                        counts[i] = (long) rs.getDouble(5 + i);
                        known += counts[i];
                    }
                    unknown |= known != all;
                    rows.add(new Object[] {months.of(rs.getInt(1)), rs.getString(2), (long) rs.getDouble(4), counts});
                }
            }
        }
        for (Object[] row : rows) {
            YearMonth month = (YearMonth) row[0];
            String shop = (String) row[1];
            if ((long) row[2] > 0) {
                into.addOverrides(month, shop, (long) row[2]);
            }
            long[] counts = (long[]) row[3];
            for (int i = 0; i < counts.length && !unknown; i++) {
                if (counts[i] > 0) {
                    into.addVerdicts(month, shop, Verdict.values()[i].name(), counts[i]);
                }
            }
        }
        if (unknown) {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + MONTH + ", t.shop_code, c.final_verdict, count(*)"
                    + from + " GROUP BY 1, 2, 3")) {
                byDay.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        into.addVerdicts(months.of(rs.getInt(1)), rs.getString(2), rs.getString(3), rs.getLong(4));
                    }
                }
            }
        }
        return claims;
    }

    /**
     * Where the claims of a scope's tickets are read from. Over every ticket, when every claim
     * has its ticket (the claims {@link #verdicts} counted beside their tickets are all the claims
     * there are), the claim table alone is the same set, read without a join.
     */
    static String claimsOf(Connection c, ReportScope scope, long claimsWithTickets) throws SQLException {
        if (scope.from().isEmpty() && scope.to().isEmpty() && scope.shops().isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM claim");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getLong(1) == claimsWithTickets) {
                    return " FROM claim c";
                }
            }
        }
        return " FROM ticket t JOIN claim c ON c.id = t.claim_id";
    }

    /**
     * Adds the findings, stones, metal and the clause the sale raised of the claims of a scope's
     * tickets, counted in the order of the index of claims kept for it (no sort of every claim);
     * {@code claims} is {@link #claimsOf}.
     */
    static void clauses(Connection c, ReportScope scope, String claims, ReportTally into) throws SQLException {
        Where where = where(scope);
        String from = claims + where.sql();
        try (PreparedStatement ps = c.prepareStatement("SELECT c.findings, c.stones, c.metal, " + SALE_FLAG
                + ", count(*)" + from + " GROUP BY 1, 2, 3, 4")) {
            where.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    into.addClauses(rs.getString(3), codes(rs.getString(2)), codes(rs.getString(1)),
                            Optional.ofNullable(rs.getString(4)), rs.getLong(5));
                }
            }
        }
    }

    /**
     * Adds the products (SKUs) the claims of a scope's tickets were about, with how many had a
     * manufacturing defect, counted in the order of the index of claims by SKU.
     */
    static void products(Connection c, ReportScope scope, String claims, ReportTally into) throws SQLException {
        Where where = where(scope);
        String from = claims + where.sql();
        List<String> covered = into.coveredFindings();
        String defect = covered.isEmpty() ? "0" : String.join(" OR ", covered.stream()
                .map(code -> "instr(';' || c.findings || ';', ';" + code.replace("'", "''") + ";') > 0").toList());
        try (PreparedStatement ps = c.prepareStatement("SELECT c.sku, min(c.item_description), count(*), total(" + defect
                + ")" + from + " GROUP BY 1")) {
            where.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    into.addProduct(sku(rs.getString(1)), rs.getString(2), rs.getLong(3), (long) rs.getDouble(4));
                }
            }
        }
    }

    /** Adds the claims of a scope's tickets that a manager overrode, by manager and which way. */
    static void overridesBy(Connection c, ReportScope scope, ReportTally into) throws SQLException {
        Where where = where(scope);
        String from = " FROM ticket t JOIN claim c ON c.id = t.claim_id" + where.sql();
        try (PreparedStatement ps = c.prepareStatement("SELECT c.override_by, c.policy_verdict, c.final_verdict, count(*)"
                + from + where.and() + "c.override_verdict IS NOT NULL GROUP BY 1, 2, 3")) {
            where.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    into.addOverridesBy(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4));
                }
            }
        }
    }

    /**
     * The tickets of a scope behind one figure, newest first, at most {@code limit} of them, and
     * how many there are in all. Conditions as the figure is counted: {@code clause} is the SQL
     * (and its values) that picks the claims a clause decided, from the policy.
     */
    static TicketsBehind behind(Connection c, ReportScope scope, Figure figure, LocalDate today, int limit,
                                Where clause) throws SQLException {
        Where where = where(scope);
        List<Object> args = new ArrayList<>(where.args());
        String condition = switch (figure.kind()) {
            case OPENED -> "1";
            case STATE -> arg(args, "t.state = ?", figure.code());
            case OVERDUE -> arg(args, "t.state IN ('RECEIVED', 'QUOTED', 'IN_REPAIR') AND t.promised_date < ?",
                    today.toString());
            case VERDICT -> arg(args, "c.final_verdict = ?", figure.code());
            case OVERRIDDEN -> figure.code().isEmpty() ? "c.override_verdict IS NOT NULL"
                    : arg(args, "c.override_verdict IS NOT NULL AND c.override_by = ?", figure.code());
            case FINDING -> arg(args, "instr(';' || c.findings || ';', ';' || ? || ';') > 0", figure.code());
            case CLAUSE -> {
                args.addAll(clause.args());
                yield clause.sql();
            }
            case METAL -> arg(args, "c.metal = ?", figure.code());
            case STONE -> arg(args, "instr(';' || c.stones || ';', ';' || ? || ';') > 0", figure.code());
            case PRODUCT -> arg(args, "coalesce(c.sku, '') = ?", figure.code());
            case MONTH -> arg(args, MONTH + " = ?", Integer.parseInt(figure.code().replace("-", "")));
            case SHOP -> arg(args, "t.shop_code = ?", figure.code());
            case QUOTE_ACCEPTED -> "t.quote_decision IS NOT NULL AND t.quote_decision <> 'DECLINED'";
            case QUOTE_DECLINED -> "t.quote_decision = 'DECLINED'";
            case QUOTE_WAITING -> "t.quote_decision IS NULL AND t.quote_cents IS NOT NULL";
            case AGEING -> ageing(args, figure.code(), today);
        };
        if (!figure.month().isEmpty()) {
            condition = "(" + condition + ") AND " + MONTH + " = ?";
            args.add(Integer.parseInt(figure.month().replace("-", "")));
        }
        String from = " FROM ticket t JOIN claim c ON c.id = t.claim_id" + where.sql() + where.and() + "(" + condition
                + ")";
        long total;
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*)" + from)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        List<TicketsBehind.Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.ticket_no, t.shop_code, t.created_at, t.state, "
                + "c.final_verdict, c.item_description" + from + " ORDER BY t.created_at DESC, t.ticket_no LIMIT ?")) {
            int next = bind(ps, args);
            ps.setInt(next, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new TicketsBehind.Row(rs.getString(1), rs.getString(2), StoredTime.decode(rs.getLong(3)),
                            rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
        }
        return new TicketsBehind(figure, total, List.copyOf(rows));
    }

    private static String arg(List<Object> args, String sql, Object value) {
        args.add(value);
        return sql;
    }

    /** Open tickets in a state whose last step was within an ageing bucket's days of today. */
    private static String ageing(List<Object> args, String code, LocalDate today) {
        int colon = code.lastIndexOf(':');
        int bucket = Integer.parseInt(code.substring(colon + 1));
        int fewest = bucket == 0 ? 0 : Report.AGE_LIMITS[bucket - 1] + 1;
        args.add(code.substring(0, colon));
        args.add(StoredTime.startOf(today.minusDays(fewest)) / 1_000_000);
        String sql = "t.state = ? AND coalesce(t.last_step_at, t.created_at) / 1000000 <= ?";
        if (bucket < Report.AGE_LIMITS.length) {
            args.add(StoredTime.startOf(today.minusDays(Report.AGE_LIMITS[bucket])) / 1_000_000);
            sql += " AND coalesce(t.last_step_at, t.created_at) / 1000000 >= ?";
        }
        return sql;
    }

    private static int bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(1 + i, args.get(i));
        }
        return 1 + args.size();
    }

    /**
     * The claims a clause decided, as {@link ReportTally} counts them: the sale's clause, or a
     * finding that raises it on the stones it applies to.
     */
    static Where clause(String flag, com.alluressories.caredesk.policy.Policy policy) {
        List<String> either = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        either.add("(" + SALE_FLAG + ") = ?");
        args.add(flag);
        policy.groups().stream().flatMap(g -> g.findings().stream())
                .filter(rule -> rule.flag().filter(flag::equals).isPresent()).forEach(rule -> {
                    StringBuilder one = new StringBuilder("instr(';' || c.findings || ';', ';' || ? || ';') > 0");
                    args.add(rule.code());
                    if (!rule.onlyWithStones().isEmpty()) {
                        one.append(" AND (").append(String.join(" OR ", rule.onlyWithStones().stream()
                                .map(stone -> "instr(';' || c.stones || ';', ';" + stone.code() + ";') > 0").toList()))
                                .append(')');
                    }
                    either.add("(" + one + ")");
                });
        return new Where(String.join(" OR ", either), args);
    }

    /** The tickets of a scope: opened in its period, at its shops. */
    record Where(String sql, List<Object> args) {
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


    /**
     * The conditions of a scope as the report indexes hold a ticket's opening: its day (yyyyMMdd)
     * for the exact period, and its month (yyyyMM) so that a short period starts and stops in the
     * index rather than reading every ticket.
     */
    private static Where byDay(ReportScope scope) {
        List<String> conditions = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        scope.from().ifPresent(d -> {
            conditions.add(MONTH + " >= ?");
            args.add(d.getYear() * 100 + d.getMonthValue());
            conditions.add("t.opened_day >= ?");
            args.add(StoredTime.startOf(d) / 1_000_000);
        });
        scope.to().ifPresent(d -> {
            conditions.add(MONTH + " <= ?");
            args.add(d.getYear() * 100 + d.getMonthValue());
            conditions.add("t.opened_day <= ?");
            args.add(StoredTime.startOf(d) / 1_000_000);
        });
        List<String> shops = new ArrayList<>(scope.shops());
        if (!shops.isEmpty()) {
            conditions.add("t.shop_code IN (" + String.join(", ", shops.stream().map(s -> "?").toList()) + ")");
            args.addAll(shops);
        }
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), args);
    }

    /** Months stored as yyyyMM, each made once. */
    private static final class Months {
        private final Map<Integer, YearMonth> known = new java.util.HashMap<>();

        YearMonth of(int yyyymm) {
            return known.computeIfAbsent(yyyymm, m -> YearMonth.of(m / 100, m % 100));
        }
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

    /** A SKU as stored: none when empty. */
    private static Optional<String> sku(String stored) {
        return stored == null || stored.isBlank() ? Optional.empty() : Optional.of(stored);
    }

    /** The ;-separated codes (findings, stones), each once (a chain's years go through here row by row: no streams). */
    private static List<String> codes(String stored) {
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
