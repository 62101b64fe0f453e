package com.alluressories.caredesk.ticket;

import com.alluressories.caredesk.money.Money;
import com.alluressories.caredesk.policy.Verdict;
import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.Staff;
import com.alluressories.caredesk.store.Rows;
import com.alluressories.caredesk.store.Sql;
import com.alluressories.caredesk.store.StoredTime;
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
import java.util.Optional;
import java.util.UUID;

/**
 * The ticket tables ({@code ticket}, {@code ticket_event}, {@code ticket_print},
 * {@code ticket_sequence}), read and written by column name, always inside the caller's
 * transaction. No rules here: {@link TicketWorkflow} decides, {@link TicketService} acts.
 */
final class TicketRepository {
    private static final String SELECT = "SELECT t.id, t.uuid, t.ticket_no, t.shop_code, t.claim_id, t.state, "
            + "t.chargeable, t.created_at, t.promised_date, t.workshop, t.expected_return, t.quote_cents, "
            + "t.quote_decision, t.quote_decided_how, t.outcome, t.final_charge_cents, t.collected_at, "
            + "c.customer_name, c.customer_phone, c.item_description, c.final_verdict, c.complaint "
            + "FROM ticket t JOIN claim c ON c.id = t.claim_id ";

    private TicketRepository() {
    }

    /** A new ticket row in RECEIVED; refused (the claim's UNIQUE key) when the claim has one already. */
    static long insert(Connection c, String ticketNo, String shopCode, long claimId, boolean chargeable,
                       LocalDateTime at, LocalDate promised, String last4) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ticket (uuid, ticket_no, shop_code, claim_id, "
                + "state, chargeable, created_at, promised_date, customer_last4) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, UUID.randomUUID().toString());
            ps.setString(2, ticketNo);
            ps.setString(3, shopCode);
            ps.setLong(4, claimId);
            ps.setString(5, TicketState.RECEIVED.name());
            ps.setInt(6, chargeable ? 1 : 0);
            ps.setLong(7, StoredTime.encode(at));
            ps.setString(8, promised.toString());
            ps.setString(9, last4);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
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

    /** Sets columns of one ticket: {@code set} names them with {@code ?} for each value. */
    static void update(Connection c, long id, String set, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE ticket SET " + set + " WHERE id = ?")) {
            int i = 1;
            for (Object value : values) {
                ps.setObject(i++, value);
            }
            ps.setLong(i, id);
            ps.executeUpdate();
        }
    }

    /** Appends a step to the ticket's history; positions count up from 1, never reused. */
    static void appendEvent(Connection c, long ticketId, LocalDateTime at, TicketState from, TicketState to,
                            Actor by, String note) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ticket_event (ticket_id, position, at, from_state, "
                + "to_state, who, note, staff_no, approved_by) VALUES (?, (SELECT coalesce(max(position), 0) + 1 "
                + "FROM ticket_event WHERE ticket_id = ?), ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, ticketId);
            ps.setLong(2, ticketId);
            ps.setLong(3, StoredTime.encode(at));
            Sql.setText(ps, 4, from == null ? null : from.name());
            ps.setString(5, to.name());
            ps.setString(6, by.label());
            ps.setString(7, note);
            Sql.setText(ps, 8, by.staffNo().orElse(null));
            Sql.setText(ps, 9, by.approver().map(Staff::label).orElse(null));
            ps.executeUpdate();
        }
    }

    static List<TicketEvent> events(Connection c, String ticketNo) throws SQLException {
        List<TicketEvent> events = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.at, e.from_state, e.to_state, e.who, e.note FROM "
                + "ticket_event e JOIN ticket t ON t.id = e.ticket_id WHERE t.ticket_no = ? ORDER BY e.position")) {
            ps.setString(1, ticketNo);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(new TicketEvent(StoredTime.decode(rs.getLong("at")),
                            Rows.text(rs, "from_state").map(TicketState::valueOf),
                            TicketState.valueOf(rs.getString("to_state")), rs.getString("who"), rs.getString("note")));
                }
            }
        }
        return events;
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
                "INSERT INTO ticket_print (ticket_id, document, at, who, staff_no) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, ticketId);
            ps.setString(2, document);
            ps.setLong(3, StoredTime.encode(at));
            ps.setString(4, by.label());
            Sql.setText(ps, 5, by.staffNo().orElse(null));
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
                Verdict.valueOf(rs.getString("final_verdict")), rs.getString("complaint"));
    }

    private static Optional<BigDecimal> money(ResultSet rs, String column) throws SQLException {
        return Rows.number(rs, column).map(cents -> Money.ofCents(cents).amount());
    }
}
