package com.alluressories.caredesk.ticket;

import com.alluressories.caredesk.money.Money;
import com.alluressories.caredesk.policy.Verdict;
import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.Staff;
import com.alluressories.caredesk.store.RowKey;
import com.alluressories.caredesk.store.Rows;
import com.alluressories.caredesk.store.Sql;
import com.alluressories.caredesk.store.StoredTime;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The ticket tables ({@code ticket}, {@code ticket_event}, {@code ticket_print},
 * {@code ticket_sequence}), read and written by column name, always inside the caller's
 * transaction. No rules here: {@link TicketWorkflow} decides, {@link TicketService} acts, and a
 * ticket's state is only ever written as {@link TicketHistory} derives it from the events.
 */
final class TicketRepository {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SELECT = "SELECT t.id, t.uuid, t.ticket_no, t.shop_code, t.claim_id, t.state, "
            + "t.chargeable, t.created_at, t.promised_date, t.workshop, t.expected_return, t.quote_cents, "
            + "t.quote_decision, t.quote_decided_how, t.outcome, t.final_charge_cents, t.collected_at, t.conflicts, "
            + "c.customer_name, c.customer_phone, c.item_description, c.final_verdict, c.complaint, "
            + "c.customer_language, t.location, t.collect_at, t.dispatch_no, t.going_to, t.location_since, t.missing "
            + "FROM ticket t JOIN claim c ON c.id = t.claim_id ";

    private TicketRepository() {
    }

    /**
     * A new ticket row (its key made from its uuid, the same on every PC); its state comes from
     * its events. Refused (the claim's UNIQUE key) when the claim has a ticket already.
     */
    static long insert(Connection c, String ticketNo, String shopCode, long claimId, boolean chargeable,
                       LocalDateTime at, LocalDate promised, String last4) throws SQLException {
        String uuid = UUID.randomUUID().toString();
        long id = RowKey.of(uuid);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ticket (id, uuid, ticket_no, shop_code, claim_id, "
                + "chargeable, created_at, promised_date, customer_last4) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, uuid);
            ps.setString(3, ticketNo);
            ps.setString(4, shopCode);
            ps.setLong(5, claimId);
            ps.setInt(6, chargeable ? 1 : 0);
            ps.setLong(7, StoredTime.encode(at));
            ps.setString(8, promised.toString());
            ps.setString(9, last4);
            ps.executeUpdate();
            return id;
        } catch (SQLException e) {
            if (Sql.isUniqueViolation(e) && claimHasTicket(c, claimId)) {
                throw new TicketException("ticket.refused.claimHasTicket", claimId);
            }
            throw e;
        }
    }

    private static boolean claimHasTicket(Connection c, long claimId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM ticket WHERE claim_id = ?")) {
            ps.setLong(1, claimId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
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
                    seq = rs.getInt("last_seq");
                }
            }
            if (seq > TicketNumber.PER_DAY) {
                throw new TicketException("ticket.refused.dayFull", shopCode, day);
            }
            String number = TicketNumber.of(shopCode, day, seq).value();
            if (!numberTaken(c, number)) {
                return number;
            }
        }
    }

    private static boolean numberTaken(Connection c, String number) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM ticket WHERE ticket_no = ?")) {
            ps.setString(1, number);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Appends a step to the ticket's history under a key of its own, naming the newest event this
     * PC knows of (the one it followed).
     */
    static void appendEvent(Connection c, long ticketId, LocalDateTime at, String action, TicketState from,
                            TicketState to, Map<String, Object> details, Actor by, String note) throws SQLException {
        List<TicketHistory.Event> known = TicketHistory.order(storedEvents(c, ticketId));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ticket_event (event_id, ticket_id, after_event, at, "
                + "action, from_state, to_state, details, who, staff_no, approved_by, note) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, UUID.randomUUID().toString());
            ps.setLong(2, ticketId);
            Sql.setText(ps, 3, known.isEmpty() ? null : known.get(known.size() - 1).id());
            ps.setLong(4, StoredTime.encode(at));
            ps.setString(5, action);
            Sql.setText(ps, 6, from == null ? null : from.name());
            ps.setString(7, to.name());
            ps.setString(8, JSON.writeValueAsString(details));
            ps.setString(9, by.label());
            Sql.setText(ps, 10, by.staffNo().orElse(null));
            Sql.setText(ps, 11, by.approver().map(Staff::label).orElse(null));
            ps.setString(12, note);
            ps.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("details: " + e.getOriginalMessage(), e);
        }
    }

    /** The ticket's events as stored, in no particular order. */
    static List<TicketHistory.Event> storedEvents(Connection c, long ticketId) throws SQLException {
        List<TicketHistory.Event> events = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT event_id, after_event, at, action, from_state, to_state, "
                + "details, who, note FROM ticket_event WHERE ticket_id = ?")) {
            ps.setLong(1, ticketId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(new TicketHistory.Event(rs.getString("event_id"), Rows.text(rs, "after_event"),
                            StoredTime.decode(rs.getLong("at")), rs.getString("action"),
                            Rows.text(rs, "from_state").flatMap(TicketRepository::state),
                            state(rs.getString("to_state")).orElse(TicketState.RECEIVED), details(rs.getString("details")),
                            rs.getString("who"), rs.getString("note")));
                }
            }
        }
        return events;
    }

    /** The ticket's history in the order every PC applies it, each step saying whether it applied. */
    static List<TicketEvent> events(Connection c, String ticketNo) throws SQLException {
        Optional<long[]> key = idAndCharge(c, ticketNo);
        if (key.isEmpty()) {
            return List.of();
        }
        TicketHistory.Derived derived = TicketHistory.derive(storedEvents(c, key.get()[0]), key.get()[1] == 1,
                home(c, key.get()[0]));
        return derived.ordered().stream().map(e -> new TicketEvent(e.at(), e.from(), e.to(), e.who(), e.note(),
                !derived.notApplied().contains(e.id()), e.action(), e.details())).toList();
    }

    private static String home(Connection c, long ticketId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT shop_code FROM ticket WHERE id = ?")) {
            ps.setLong(1, ticketId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        }
    }

    private static Optional<long[]> idAndCharge(Connection c, String ticketNo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, chargeable FROM ticket WHERE ticket_no = ?")) {
            ps.setString(1, ticketNo);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new long[] {rs.getLong("id"), rs.getLong("chargeable")}) : Optional.empty();
            }
        }
    }

    /**
     * Derives again every ticket whose events changed here (a new step, or events that came from
     * another PC): its state, amounts and count of conflicts, from its events alone.
     */
    static int deriveStale(Connection c) throws SQLException {
        List<long[]> stale = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, chargeable FROM ticket WHERE stale = 1")) {
            while (rs.next()) {
                stale.add(new long[] {rs.getLong("id"), rs.getLong("chargeable")});
            }
        }
        for (long[] t : stale) {
            derive(c, t[0], t[1] == 1);
        }
        return stale.size();
    }

    static void derive(Connection c, long ticketId, boolean chargeable) throws SQLException {
        java.time.LocalDate opened;
        String home;
        try (PreparedStatement ps = c.prepareStatement("SELECT created_at, shop_code FROM ticket WHERE id = ?")) {
            ps.setLong(1, ticketId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                opened = StoredTime.decode(rs.getLong(1)).toLocalDate();
                home = rs.getString(2);
            }
        }
        TicketHistory.Derived d = TicketHistory.derive(storedEvents(c, ticketId), chargeable, home);
        // Whole calendar days to ready and from ready to collection, for reports to count by.
        Optional<Long> readyDays = d.readyAt().map(r -> java.time.temporal.ChronoUnit.DAYS.between(opened,
                r.toLocalDate()));
        Optional<Long> collectedDays = d.readyAt().flatMap(r -> d.collectedAt().map(col ->
                java.time.temporal.ChronoUnit.DAYS.between(r.toLocalDate(), col.toLocalDate())));
        try (PreparedStatement ps = c.prepareStatement("UPDATE ticket SET state = ?, workshop = ?, expected_return = ?, "
                + "quote_cents = ?, quote_decision = ?, quote_decided_how = ?, quote_decided_at = ?, outcome = ?, "
                + "final_charge_cents = ?, collected_at = ?, conflicts = ?, ready_at = ?, last_step_at = ?, "
                + "ready_days = ?, collected_days = ?, location = ?, collect_at = ?, dispatch_no = ?, going_to = ?, "
                + "location_since = ?, missing = ?, stale = 0 WHERE id = ?")) {
            ps.setString(1, d.state().name());
            Sql.setText(ps, 2, d.workshop().orElse(null));
            Sql.setText(ps, 3, d.expectedReturn().orElse(null));
            ps.setObject(4, d.quoteCents().orElse(null));
            Sql.setText(ps, 5, d.quoteDecision().orElse(null));
            Sql.setText(ps, 6, d.quoteDecidedHow().orElse(null));
            ps.setObject(7, d.quoteDecidedAt().map(StoredTime::encode).orElse(null));
            Sql.setText(ps, 8, d.outcome().map(Outcome::name).orElse(null));
            ps.setObject(9, d.finalChargeCents().orElse(null));
            ps.setObject(10, d.collectedAt().map(StoredTime::encode).orElse(null));
            ps.setInt(11, d.conflicts());
            ps.setObject(12, d.readyAt().map(StoredTime::encode).orElse(null));
            ps.setObject(13, d.lastStepAt().map(StoredTime::encode).orElse(null));
            ps.setObject(14, readyDays.orElse(null));
            ps.setObject(15, collectedDays.orElse(null));
            Custody custody = d.custody();
            ps.setString(16, custody.location());
            Sql.setText(ps, 17, custody.collectAt().orElse(null));
            Sql.setText(ps, 18, custody.dispatchNo().orElse(null));
            Sql.setText(ps, 19, custody.goingTo().orElse(null));
            ps.setLong(20, StoredTime.encode(custody.since()));
            ps.setInt(21, custody.missing() ? 1 : 0);
            ps.setLong(22, ticketId);
            ps.executeUpdate();
        }
    }

    private static Optional<TicketState> state(String name) {
        try {
            return Optional.of(TicketState.valueOf(name));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static Map<String, Object> details(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Map.of();
        }
    }

    static boolean printedBefore(Connection c, String ticketNo, String document) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM ticket_print p JOIN ticket t ON t.id = p.ticket_id "
                + "WHERE t.ticket_no = ? AND p.document = ? LIMIT 1")) {
            ps.setString(1, ticketNo);
            ps.setString(2, document);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static void insertPrint(Connection c, long ticketId, String document, LocalDateTime at, Actor by)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO ticket_print (print_id, ticket_id, document, at, who, staff_no) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, UUID.randomUUID().toString());
            ps.setLong(2, ticketId);
            ps.setString(3, document);
            ps.setLong(4, StoredTime.encode(at));
            ps.setString(5, by.label());
            Sql.setText(ps, 6, by.staffNo().orElse(null));
            ps.executeUpdate();
        }
    }

    /** Tickets with their claim's customer and item; {@code where} is SQL over {@code t.} and {@code c.}. */
    static List<Ticket> select(Connection c, String where, List<Object> args, int limit) throws SQLException {
        List<Ticket> tickets = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE " + where + " LIMIT " + limit)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tickets.add(ticket(rs));
                }
            }
        }
        return tickets;
    }

    private static Ticket ticket(ResultSet rs) throws SQLException {
        return new Ticket(rs.getLong("id"), rs.getString("uuid"), rs.getString("ticket_no"), rs.getString("shop_code"),
                rs.getLong("claim_id"), TicketState.valueOf(rs.getString("state")), Rows.flag(rs, "chargeable"),
                StoredTime.decode(rs.getLong("created_at")), LocalDate.parse(rs.getString("promised_date")),
                Rows.text(rs, "workshop"), Rows.text(rs, "expected_return").map(LocalDate::parse),
                money(rs, "quote_cents"), Rows.text(rs, "quote_decision"), Rows.text(rs, "quote_decided_how"),
                Rows.text(rs, "outcome").map(Outcome::valueOf), money(rs, "final_charge_cents"),
                Rows.number(rs, "collected_at").map(StoredTime::decode), rs.getString("customer_name"),
                rs.getString("customer_phone"), rs.getString("item_description"),
                Verdict.valueOf(rs.getString("final_verdict")), rs.getString("complaint"), rs.getInt("conflicts"),
                Rows.text(rs, "customer_language").map(Locale::forLanguageTag), custody(rs));
    }

    private static Custody custody(ResultSet rs) throws SQLException {
        LocalDateTime created = StoredTime.decode(rs.getLong("created_at"));
        return new Custody(Rows.text(rs, "location").orElse(rs.getString("shop_code")), Rows.text(rs, "collect_at"),
                Rows.text(rs, "dispatch_no"), Rows.text(rs, "going_to"),
                Rows.number(rs, "location_since").map(StoredTime::decode).orElse(created), Rows.flag(rs, "missing"));
    }

    private static Optional<BigDecimal> money(ResultSet rs, String column) throws SQLException {
        return Rows.number(rs, column).map(cents -> Money.ofCents(cents).amount());
    }
}
