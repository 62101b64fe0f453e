package com.alluressories.caredesk.ticket;

import com.alluressories.caredesk.claim.ClaimSummary;
import com.alluressories.caredesk.policy.Verdict;
import com.alluressories.caredesk.receipt.PhoneNumber;
import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.AuditAction;
import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.staff.Permission;
import com.alluressories.caredesk.staff.Staff;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.store.StoredTime;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Repair tickets: numbering, the workflow from RECEIVED to COLLECTED with a history of every step,
 * the quote, and a pickup that checks the customer. Each action is one transaction.
 */
public final class TicketService {
    private static final String SELECT = "SELECT t.id, t.uuid, t.ticket_no, t.shop_code, t.claim_id, t.state, "
            + "t.chargeable, t.created_at, t.promised_date, t.workshop, t.expected_return, t.quote_cents, t.quote_decision, "
            + "t.quote_decided_how, t.outcome, t.final_charge_cents, t.collected_at, c.customer_name, c.customer_phone, "
            + "c.item_description, c.final_verdict, c.complaint FROM ticket t JOIN claim c ON c.id = t.claim_id ";

    private final Store store;
    private final Clock clock;
    private final Supplier<Actor> actor;
    private final AuditLog audit;

    /** @param actor who is signed in and acting; every step and print records them */
    public TicketService(Store store, Clock clock, Supplier<Actor> actor, AuditLog audit) {
        this.store = store;
        this.clock = clock;
        this.actor = actor;
        this.audit = audit;
    }

    /** Opens the ticket for a saved claim, numbered in the same transaction. A claim has one ticket. */
    public Ticket open(ClaimSummary claim, String shopCode, LocalDate promised) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (shopCode == null || shopCode.isBlank()) {
            throw new TicketException("ticket.refused.noShop");
        }
        if (promised.isBefore(now.toLocalDate())) {
            throw new TicketException("ticket.refused.promisedPast",
                    promised);
        }
        boolean chargeable = claim.finalVerdict() != Verdict.WARRANTY_REPAIR;
        String last4 = claim.customerPhone().substring(Math.max(0, claim.customerPhone().length() - 4));
        Actor by = actor.get();
        long id = store.write(c -> {
            String ticketNo = nextNumber(c, shopCode, now.toLocalDate());
            long ticketId;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO ticket (uuid, ticket_no, shop_code, claim_id, "
                    + "state, chargeable, created_at, promised_date, customer_last4) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, UUID.randomUUID().toString());
                ps.setString(2, ticketNo);
                ps.setString(3, shopCode);
                ps.setLong(4, claim.id());
                ps.setString(5, TicketState.RECEIVED.name());
                ps.setInt(6, chargeable ? 1 : 0);
                ps.setLong(7, StoredTime.encode(now));
                ps.setString(8, promised.toString());
                ps.setString(9, last4);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    ticketId = keys.getLong(1);
                }
            } catch (SQLException e) {
                if (String.valueOf(e.getMessage()).contains("UNIQUE constraint failed: ticket.claim_id")) {
                    throw new TicketException("ticket.refused.claimHasTicket", claim.id());
                }
                throw e;
            }
            event(c, by, ticketId, null, TicketState.RECEIVED, "");
            audit.append(c, by, AuditAction.TICKET_OPENED, ticketNo, Map.of("claim", claim.id(),
                    "promised", promised.toString(), "chargeable", chargeable));
            return ticketId;
        });
        return byId(id);
    }

    /**
     * The next number for a shop and Hong Kong day. The sequence row is bumped in the caller's
     * transaction; a number already taken (a store restored from a backup whose sequence is behind)
     * is skipped, never given twice.
     */
    static String nextNumber(Connection c, String shopCode, LocalDate day) throws SQLException {
        int dayKey = day.getYear() * 10_000 + day.getMonthValue() * 100 + day.getDayOfMonth();
        while (true) {
            int seq;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO ticket_sequence (shop_code, intake_day, last_seq) "
                    + "VALUES (?, ?, 1) ON CONFLICT (shop_code, intake_day) DO UPDATE SET last_seq = last_seq + 1 "
                    + "RETURNING last_seq")) {
                ps.setString(1, shopCode);
                ps.setInt(2, dayKey);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    seq = rs.getInt(1);
                }
            }
            if (seq > TicketNumber.PER_DAY) {
                throw new TicketException("ticket.refused.dayFull", shopCode, day);
            }
            String number = TicketNumber.of(shopCode, day, seq).value();
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM ticket WHERE ticket_no = ?")) {
                ps.setString(1, number);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return number;
                    }
                }
            }
        }
    }

    /** The actions a ticket's state allows, and nothing else. */
    public static Set<TicketAction> allowed(Ticket ticket) {
        return switch (ticket.state()) {
            case RECEIVED -> ticket.chargeable() ? EnumSet.of(TicketAction.QUOTE, TicketAction.READY)
                    : EnumSet.of(TicketAction.START_REPAIR, TicketAction.READY);
            case QUOTED -> EnumSet.of(TicketAction.APPROVE_QUOTE, TicketAction.DECLINE_QUOTE);
            case IN_REPAIR -> EnumSet.of(TicketAction.READY);
            case READY_FOR_PICKUP -> EnumSet.of(TicketAction.COLLECT);
            case COLLECTED -> EnumSet.noneOf(TicketAction.class);
        };
    }

    /** A chargeable ticket gets its quote (HK$) for the customer to approve or decline. */
    public Ticket quote(String ticketNo, BigDecimal amount, String note) {
        positive(amount, "quote");
        return act(ticketNo, TicketAction.QUOTE, TicketState.QUOTED, note, (c, t) -> update(c, t.id(),
                "quote_cents = ?", cents(amount)));
    }

    /** The customer approves the quote (how: in person, by phone, …); the piece goes to repair. */
    public Ticket approveQuote(String ticketNo, String how, Optional<String> workshop, Optional<LocalDate> expectedReturn,
                               String note) {
        required(how, "how");
        return act(ticketNo, TicketAction.APPROVE_QUOTE, TicketState.IN_REPAIR, note, (c, t) -> {
            update(c, t.id(), "quote_decision = 'APPROVED', quote_decided_how = ?, quote_decided_at = ?", how.strip(),
                    StoredTime.encode(LocalDateTime.now(clock)));
            bench(c, t.id(), workshop, expectedReturn);
        });
    }

    /** The customer declines the quote: the piece comes back unrepaired. */
    public Ticket declineQuote(String ticketNo, String how, String note) {
        required(how, "how");
        return act(ticketNo, TicketAction.DECLINE_QUOTE, TicketState.READY_FOR_PICKUP, note, (c, t) -> update(c, t.id(),
                "quote_decision = 'DECLINED', quote_decided_how = ?, quote_decided_at = ?, outcome = 'QUOTE_DECLINED', "
                        + "final_charge_cents = 0", how.strip(), StoredTime.encode(LocalDateTime.now(clock))));
    }

    /** A warranty repair goes straight to the bench or a named workshop. */
    public Ticket startRepair(String ticketNo, Optional<String> workshop, Optional<LocalDate> expectedReturn, String note) {
        return act(ticketNo, TicketAction.START_REPAIR, TicketState.IN_REPAIR, note,
                (c, t) -> bench(c, t.id(), workshop, expectedReturn));
    }

    /**
     * The piece is back at the counter: repaired (a chargeable repair states its final charge), or
     * it cannot be repaired.
     */
    public Ticket ready(String ticketNo, Outcome outcome, Optional<BigDecimal> finalCharge, String note) {
        if (outcome == Outcome.QUOTE_DECLINED) {
            throw new IllegalArgumentException("outcome: a declined quote is recorded with declineQuote");
        }
        finalCharge.ifPresent(a -> nonNegative(a, "finalCharge"));
        return act(ticketNo, TicketAction.READY, TicketState.READY_FOR_PICKUP, note, (c, t) -> {
            if (t.state() == TicketState.RECEIVED && outcome == Outcome.REPAIRED) {
                throw new TicketException("ticket.refused.notRepairedYet", t.ticketNo());
            }
            BigDecimal charge = !t.chargeable() || outcome == Outcome.CANNOT_REPAIR ? BigDecimal.ZERO
                    : finalCharge.or(t::quote).orElse(BigDecimal.ZERO);
            update(c, t.id(), "outcome = ?, final_charge_cents = ?", outcome.name(), cents(charge));
        });
    }

    /** Hands the piece over as the signed-in member of staff (see {@link #collect(String, String, Optional, String, Actor)}). */
    public Ticket collect(String ticketNo, String last4, Optional<String> overrideReason, String note) {
        return collect(ticketNo, last4, overrideReason, note, actor.get());
    }

    /**
     * Hands the piece over: only to the customer whose phone ends in these 4 digits, unless a
     * manager overrides with a reason — the actor is a manager, or carries a manager's approval,
     * and both names are recorded. The final charge taken is recorded.
     *
     * @throws com.alluressories.caredesk.staff.NotAllowedException when the digits do not match and
     *         an override is asked without a manager behind it
     */
    public Ticket collect(String ticketNo, String last4, Optional<String> overrideReason, String note, Actor by) {
        String fullNote = note == null ? "" : note.strip();
        Optional<String> reason = overrideReason.map(String::strip).filter(s -> !s.isEmpty());
        return act(ticketNo, TicketAction.COLLECT, TicketState.COLLECTED, fullNote, by, (c, t) -> {
            boolean matches = t.last4Matches(last4);
            if (!matches && reason.isEmpty()) {
                throw new TicketException("ticket.refused.last4", t.ticketNo());
            }
            String recorded = fullNote;
            if (!matches) {
                by.require(Permission.OVERRIDE_PICKUP);
                Staff manager = by.manager().orElseThrow();
                audit.append(c, by, AuditAction.PICKUP_OVERRIDDEN, t.ticketNo(), Map.of("manager", manager.label(),
                        "reason", reason.get()));
                recorded = ("Pickup check overridden by " + manager.label() + ": " + reason.get() + ". " + fullNote).strip();
            }
            update(c, t.id(), "collected_at = ?", StoredTime.encode(LocalDateTime.now(clock)));
            return recorded;
        });
    }

    @FunctionalInterface
    private interface Change {
        void apply(Connection c, Ticket ticket) throws SQLException;
    }

    /** A change that words the history's note itself (an override says so). */
    @FunctionalInterface
    private interface NotedChange {
        String apply(Connection c, Ticket ticket) throws SQLException;
    }

    private Ticket act(String ticketNo, TicketAction action, TicketState to, String note, Change change) {
        return act(ticketNo, action, to, note, actor.get(), (c, t) -> {
            change.apply(c, t);
            return note;
        });
    }

    private Ticket act(String ticketNo, TicketAction action, TicketState to, String note, Actor by, NotedChange change) {
        store.write(c -> {
            Ticket ticket = select(c, "t.ticket_no = ?", List.of(ticketNo.strip()), 1).stream().findFirst()
                    .orElseThrow(() -> unknown(ticketNo));
            if (!allowed(ticket).contains(action)) {
                throw new TicketException("ticket.refused.transition", ticket.ticketNo(),
                        ticket.state(), action);
            }
            String recorded = change.apply(c, ticket);
            String noteText = recorded == null ? "" : recorded.strip();
            update(c, ticket.id(), "state = ?", to.name());
            event(c, by, ticket.id(), ticket.state(), to, noteText);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("action", action.name());
            details.put("from", ticket.state().name());
            details.put("to", to.name());
            if (!noteText.isEmpty()) {
                details.put("note", noteText);
            }
            audit.append(c, by, AuditAction.TICKET_TRANSITION, ticket.ticketNo(), details);
            return null;
        });
        return get(ticketNo).orElseThrow();
    }

    private void bench(Connection c, long id, Optional<String> workshop, Optional<LocalDate> expectedReturn)
            throws SQLException {
        update(c, id, "workshop = ?, expected_return = ?", workshop.map(String::strip).filter(s -> !s.isEmpty()).orElse(null),
                expectedReturn.map(LocalDate::toString).orElse(null));
    }

    private void event(Connection c, Actor by, long ticketId, TicketState from, TicketState to, String note)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ticket_event (ticket_id, position, at, from_state, "
                + "to_state, who, note, staff_no, approved_by) VALUES (?, (SELECT coalesce(max(position), 0) + 1 "
                + "FROM ticket_event WHERE ticket_id = ?), ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, ticketId);
            ps.setLong(2, ticketId);
            ps.setLong(3, StoredTime.encode(LocalDateTime.now(clock)));
            if (from == null) {
                ps.setNull(4, Types.VARCHAR);
            } else {
                ps.setString(4, from.name());
            }
            ps.setString(5, to.name());
            ps.setString(6, by.label());
            ps.setString(7, note);
            ps.setString(8, by.staffNo().orElse(null));
            ps.setString(9, by.approver().map(Staff::label).orElse(null));
            ps.executeUpdate();
        }
    }

    private static void update(Connection c, long id, String set, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE ticket SET " + set + " WHERE id = ?")) {
            int i = 1;
            for (Object arg : args) {
                ps.setObject(i++, arg);
            }
            ps.setLong(i, id);
            ps.executeUpdate();
        }
    }

    public Optional<Ticket> get(String ticketNo) {
        String key = ticketNo == null ? "" : ticketNo.strip().toUpperCase(Locale.ROOT);
        return store.read(c -> select(c, "t.ticket_no = ?", List.of(key), 1)).stream().findFirst();
    }

    public Optional<Ticket> forClaim(long claimId) {
        return store.read(c -> select(c, "t.claim_id = ?", List.of(claimId), 1)).stream().findFirst();
    }

    private Ticket byId(long id) {
        return store.read(c -> select(c, "t.id = ?", List.of(id), 1)).get(0);
    }

    /** Tickets matching a filter, the most urgent first (earliest promised date). */
    public List<Ticket> list(TicketFilter filter) {
        StringBuilder where = new StringBuilder("1 = 1");
        List<Object> args = new ArrayList<>();
        filter.state().ifPresent(s -> {
            where.append(" AND t.state = ?");
            args.add(s.name());
        });
        LocalDate today = LocalDate.now(clock);
        if (filter.overdueOnly()) {
            where.append(" AND t.state IN ('RECEIVED', 'QUOTED', 'IN_REPAIR') AND t.promised_date < ?");
            args.add(today.toString());
        }
        if (filter.todayOnly()) {
            where.append(" AND t.created_at >= ? AND t.created_at < ?");
            args.add(StoredTime.startOf(today));
            args.add(StoredTime.startOf(today.plusDays(1)));
        }
        filter.shop().filter(s -> !s.isBlank()).ifPresent(s -> {
            where.append(" AND t.shop_code = ?");
            args.add(s.strip().toUpperCase(Locale.ROOT));
        });
        String search = filter.search() == null ? "" : filter.search().strip();
        if (!search.isEmpty()) {
            Optional<String> phone = PhoneNumber.normalize(search);
            if (phone.isPresent()) {
                where.append(" AND c.customer_phone = ?");
                args.add(phone.get());
            } else if (search.matches("\\d{4}")) {
                where.append(" AND t.customer_last4 = ?");
                args.add(search);
            } else {
                where.append(" AND (t.ticket_no = ? OR lower(c.customer_name) LIKE ? ESCAPE '\\')");
                args.add(search.toUpperCase(Locale.ROOT));
                args.add(search.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        return store.read(c -> select(c, where + " ORDER BY t.promised_date, t.ticket_no", args, filter.limit()));
    }

    public List<TicketEvent> events(String ticketNo) {
        return store.read(c -> {
            List<TicketEvent> events = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT e.at, e.from_state, e.to_state, e.who, e.note FROM "
                    + "ticket_event e JOIN ticket t ON t.id = e.ticket_id WHERE t.ticket_no = ? ORDER BY e.position")) {
                ps.setString(1, ticketNo);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        events.add(new TicketEvent(StoredTime.decode(rs.getLong(1)),
                                Optional.ofNullable(rs.getString(2)).map(TicketState::valueOf),
                                TicketState.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5)));
                    }
                }
            }
            return events;
        });
    }

    /** Records that a document was printed; returns true when it had been printed before (a reprint). */
    public boolean wasPrinted(String ticketNo, String document) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM ticket_print p JOIN ticket t ON t.id = p.ticket_id "
                    + "WHERE t.ticket_no = ? AND p.document = ? LIMIT 1")) {
                ps.setString(1, ticketNo);
                ps.setString(2, document);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    public boolean recordPrint(String ticketNo, String document) {
        Actor by = actor.get();
        return store.write(c -> {
            Ticket ticket = select(c, "t.ticket_no = ?", List.of(ticketNo), 1).stream().findFirst()
                    .orElseThrow(() -> unknown(ticketNo));
            boolean before;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT 1 FROM ticket_print WHERE ticket_id = ? AND document = ? LIMIT 1")) {
                ps.setLong(1, ticket.id());
                ps.setString(2, document);
                try (ResultSet rs = ps.executeQuery()) {
                    before = rs.next();
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO ticket_print (ticket_id, document, at, who, staff_no) VALUES (?, ?, ?, ?, ?)")) {
                ps.setLong(1, ticket.id());
                ps.setString(2, document);
                ps.setLong(3, StoredTime.encode(LocalDateTime.now(clock)));
                ps.setString(4, by.label());
                ps.setString(5, by.staffNo().orElse(null));
                ps.executeUpdate();
            }
            audit.append(c, by, before ? AuditAction.TICKET_REPRINTED : AuditAction.TICKET_PRINTED, ticket.ticketNo(),
                    Map.of("document", document));
            return before;
        });
    }

    private static List<Ticket> select(Connection c, String where, List<Object> args, int limit) throws SQLException {
        List<Ticket> tickets = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE " + where + " LIMIT " + limit)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tickets.add(new Ticket(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                            TicketState.valueOf(rs.getString(6)), rs.getInt(7) == 1, StoredTime.decode(rs.getLong(8)),
                            LocalDate.parse(rs.getString(9)), Optional.ofNullable(rs.getString(10)),
                            Optional.ofNullable(rs.getString(11)).map(LocalDate::parse), money(rs, 12),
                            Optional.ofNullable(rs.getString(13)), Optional.ofNullable(rs.getString(14)),
                            Optional.ofNullable(rs.getString(15)).map(Outcome::valueOf), money(rs, 16),
                            longValue(rs, 17).map(StoredTime::decode), rs.getString(18), rs.getString(19),
                            rs.getString(20), Verdict.valueOf(rs.getString(21)), rs.getString(22)));
                }
            }
        }
        return tickets;
    }

    private static Optional<BigDecimal> money(ResultSet rs, int column) throws SQLException {
        return longValue(rs, column).map(v -> BigDecimal.valueOf(v, 2));
    }

    private static Optional<Long> longValue(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }

    private static long cents(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY).movePointRight(2).longValueExact();
    }

    private static void positive(BigDecimal amount, String field) {
        if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(field + ": must be an amount above zero with at most two decimals");
        }
    }

    private static void nonNegative(BigDecimal amount, String field) {
        if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(field + ": must be zero or more, with at most two decimals");
        }
    }

    private static void required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": is required");
        }
    }

    private static TicketException unknown(String ticketNo) {
        return new TicketException("ticket.refused.unknown", ticketNo);
    }
}
