package com.alluressories.caredesk.custody;

import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.AuditAction;
import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.staff.Permission;
import com.alluressories.caredesk.store.Sql;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.store.StoredTime;
import com.alluressories.caredesk.ticket.Custody;
import com.alluressories.caredesk.ticket.Ticket;
import com.alluressories.caredesk.ticket.TicketHistory;
import com.alluressories.caredesk.ticket.TicketService;
import com.alluressories.caredesk.ticket.TicketState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every hand-over of a customer's piece, scanned: the shop where the customer will collect it, a
 * dispatch filled by scanning bag tags at the place the pieces are, received by scanning them out
 * of the bag at the destination (what did not come is flagged missing, for a manager to resolve
 * with a reason). Each step is an event in the ticket's history (appended, audited, shared), so
 * where a piece is is derived the same way on every PC; a scan that contradicts it is refused here
 * with the reason.
 */
public final class CustodyService {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final Store store;
    private final Clock clock;
    private final Supplier<Actor> actor;
    private final AuditLog audit;
    private final TicketService tickets;
    private final Supplier<Optional<String>> code;
    private final Supplier<Optional<String>> here;

    /**
     * @param code this PC's code (its shop's, or the one head office registered it under): dispatch numbers carry it
     * @param here where this PC is ({@link Places#here})
     */
    public CustodyService(Store store, Clock clock, Supplier<Actor> actor, AuditLog audit, TicketService tickets,
                          Supplier<Optional<String>> code, Supplier<Optional<String>> here) {
        this.store = store;
        this.clock = clock;
        this.actor = actor;
        this.audit = audit;
        this.tickets = tickets;
        this.code = code;
        this.here = here;
    }

    /** Where this PC is: a shop's code, or {@link Custody#WORKSHOP}. */
    public String here() {
        return here.get().orElseThrow(() -> new CustodyException("custody.refused.noPlace"));
    }

    /** Where this PC is, when it is known (a shop set up, or a place in the chain). */
    public Optional<String> hereIfKnown() {
        return here.get();
    }

    /** The shops a piece can go to or be collected at. */
    public List<String> shops() {
        return List.copyOf(Places.shops(store, here.get()));
    }

    /** Where a dispatch from here can go: the workshop and every other shop (the workshop's PC: the shops). */
    public List<String> destinations() {
        String from = here();
        List<String> out = new ArrayList<>();
        if (!Custody.WORKSHOP.equals(from)) {
            out.add(Custody.WORKSHOP);
        }
        shops().stream().filter(s -> !s.equals(from)).forEach(out::add);
        return out;
    }

    /** The customer will collect the piece at {@code shop} (at intake or later): it is returned there. */
    public Ticket collectAt(String ticketNo, String shop) {
        String chosen = shop == null ? "" : shop.strip().toUpperCase(Locale.ROOT);
        if (!shops().contains(chosen)) {
            throw new CustodyException("custody.refused.unknownShop", chosen);
        }
        return tickets.recordCustody(ticketNo, TicketHistory.COLLECT_AT, Map.of("shop", chosen), "", actor.get(),
                AuditAction.COLLECT_AT_CHOSEN, Map.of("shop", chosen), t -> {
                    if (t.state() == TicketState.COLLECTED || t.state() == TicketState.DISPOSED) {
                        throw new CustodyException("custody.refused.finished", t.ticketNo());
                    }
                });
    }

    /** Starts a dispatch from here to {@code to} (the workshop or a shop), with the courier's name. */
    public Dispatch open(String to, String courier) {
        String from = here();
        String destination = to == null ? "" : to.strip().toUpperCase(Locale.ROOT);
        if (!destinations().contains(destination)) {
            throw new CustodyException("custody.refused.destination", destination);
        }
        String node = code.get().orElseThrow(() -> new CustodyException("custody.refused.noPlace"));
        Actor by = actor.get();
        LocalDateTime now = LocalDateTime.now(clock);
        String number = store.write(c -> {
            String prefix = node + "-D" + DAY.format(now) + "-";
            int n = 1;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM dispatch WHERE dispatch_no LIKE ? || '%'")) {
                ps.setString(1, prefix);
                try (ResultSet rs = ps.executeQuery()) {
                    n += rs.next() ? rs.getInt(1) : 0;
                }
            }
            String no = prefix + n;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO dispatch (dispatch_no, from_place, to_place, courier, "
                    + "created_at, who, staff_no) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, no);
                ps.setString(2, from);
                ps.setString(3, destination);
                ps.setString(4, courier == null ? "" : courier.strip());
                ps.setLong(5, StoredTime.encode(now));
                ps.setString(6, by.label());
                Sql.setText(ps, 7, by.staffNo().orElse(null));
                ps.executeUpdate();
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("from", from);
            details.put("to", destination);
            audit.append(c, by, AuditAction.DISPATCH_OPENED, no, details);
            return no;
        });
        return dispatch(number).orElseThrow();
    }

    /**
     * A bag tag scanned into a dispatch made here: its piece goes in transit. Refused, with the
     * reason, when the piece is not here, is finished, is in this dispatch already, or is to be
     * collected at another shop than the one the dispatch goes to.
     */
    public Ticket scanInto(String dispatchNo, String tag) {
        Dispatch d = dispatch(dispatchNo).orElseThrow(() -> new CustodyException("custody.refused.noDispatch",
                clean(dispatchNo)));
        String from = here();
        if (!d.from().equals(from)) {
            throw new CustodyException("custody.refused.notFromHere", d.dispatchNo(), d.from());
        }
        String ticketNo = clean(tag);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("dispatch_no", d.dispatchNo());
        details.put("from", d.from());
        details.put("to", d.to());
        return tickets.recordCustody(ticketNo, TicketHistory.DISPATCH, details, "", actor.get(),
                AuditAction.PIECE_DISPATCHED, Map.of("dispatch", d.dispatchNo(), "to", d.to()), t -> {
                    if (t.state() == TicketState.COLLECTED || t.state() == TicketState.DISPOSED) {
                        throw new CustodyException("custody.refused.finished", t.ticketNo());
                    }
                    if (t.custody().dispatchNo().filter(d.dispatchNo()::equals).isPresent()) {
                        throw new CustodyException("custody.refused.alreadyIn", t.ticketNo(), d.dispatchNo());
                    }
                    if (!t.custody().place().equals(Optional.of(from))) {
                        throw TicketService.notHere(t, from);
                    }
                    if (!Custody.WORKSHOP.equals(d.to()) && !t.collectingShop().equals(d.to())) {
                        throw new CustodyException("custody.refused.goingElsewhere", t.ticketNo(), t.collectingShop(),
                                d.to());
                    }
                });
    }

    /**
     * A piece put in a dispatch by mistake is taken back out of the bag, where the dispatch was
     * started and before it was received anywhere: it is here again, and off the manifest.
     */
    public Ticket takeOut(String dispatchNo, String ticketNo) {
        Dispatch d = dispatch(dispatchNo).orElseThrow(() -> new CustodyException("custody.refused.noDispatch",
                clean(dispatchNo)));
        String at = here();
        if (!d.from().equals(at)) {
            throw new CustodyException("custody.refused.notFromHere", d.dispatchNo(), d.from());
        }
        return tickets.recordCustody(ticketNo, TicketHistory.TAKEN_OUT, Map.of("dispatch_no", d.dispatchNo(), "at", at), "",
                actor.get(), AuditAction.PIECE_TAKEN_OUT, Map.of("dispatch", d.dispatchNo()), t -> {
                    if (!t.custody().dispatchNo().equals(Optional.of(d.dispatchNo())) || t.custody().missing()) {
                        throw new CustodyException("custody.refused.notInBag", t.ticketNo(), d.dispatchNo());
                    }
                });
    }

    /**
     * A bag tag scanned out of a dispatch at its destination. Refused when the dispatch goes
     * elsewhere, the piece was never in it (an extra bag), or it was received already.
     */
    public Ticket receive(String dispatchNo, String tag) {
        Dispatch d = dispatch(dispatchNo).orElseThrow(() -> new CustodyException("custody.refused.noDispatch",
                clean(dispatchNo)));
        String at = here();
        if (!d.to().equals(at)) {
            throw new CustodyException("custody.refused.notForHere", d.dispatchNo(), d.to());
        }
        String ticketNo = clean(tag);
        Optional<Dispatch.Piece> piece = d.pieces().stream().filter(p -> p.ticketNo().equals(ticketNo)).findFirst();
        if (piece.isEmpty()) {
            throw new CustodyException("custody.refused.notInDispatch", ticketNo, d.dispatchNo());
        }
        if (piece.get().status() == Dispatch.Status.RECEIVED || piece.get().status() == Dispatch.Status.MOVED_ON) {
            throw new CustodyException("custody.refused.receivedAlready", ticketNo, d.dispatchNo());
        }
        return tickets.recordCustody(ticketNo, TicketHistory.RECEIVE, Map.of("dispatch_no", d.dispatchNo(), "at", at), "",
                actor.get(), AuditAction.PIECE_RECEIVED, Map.of("dispatch", d.dispatchNo(), "at", at), t -> {
                    if (!t.custody().dispatchNo().equals(Optional.of(d.dispatchNo()))) {
                        throw new CustodyException("custody.refused.receivedAlready", t.ticketNo(), d.dispatchNo());
                    }
                });
    }

    /**
     * The destination has taken out of the bag everything it will: the pieces of the dispatch not
     * scanned are flagged missing (still in transit, for a manager to resolve). Returns them.
     */
    public List<String> finishReceiving(String dispatchNo) {
        Dispatch d = dispatch(dispatchNo).orElseThrow(() -> new CustodyException("custody.refused.noDispatch",
                clean(dispatchNo)));
        String at = here();
        if (!d.to().equals(at)) {
            throw new CustodyException("custody.refused.notForHere", d.dispatchNo(), d.to());
        }
        List<String> missing = new ArrayList<>();
        for (Dispatch.Piece p : d.pieces()) {
            if (p.status() != Dispatch.Status.IN_TRANSIT) {
                continue;
            }
            tickets.recordCustody(p.ticketNo(), TicketHistory.MISSING, Map.of("dispatch_no", d.dispatchNo(), "at", at), "",
                    actor.get(), AuditAction.PIECE_MISSING, Map.of("dispatch", d.dispatchNo()), t -> {
                        if (!t.custody().dispatchNo().equals(Optional.of(d.dispatchNo())) || t.custody().missing()) {
                            throw new CustodyException("custody.refused.receivedAlready", t.ticketNo(), d.dispatchNo());
                        }
                    });
            missing.add(p.ticketNo());
        }
        return missing;
    }

    /**
     * A manager resolves a missing piece with the reason: found at a place (back at the shop that
     * sent it, say), or still on its way (found in the courier's van) when {@code foundAt} is empty.
     */
    public Ticket resolveMissing(String ticketNo, String reason, Optional<String> foundAt, Actor by) {
        by.require(Permission.RESOLVE_MISSING);
        if (reason == null || reason.isBlank()) {
            throw new CustodyException("custody.refused.reason");
        }
        Optional<String> place = foundAt.map(f -> f.strip().toUpperCase(Locale.ROOT)).filter(f -> !f.isEmpty());
        if (place.isPresent() && !Custody.WORKSHOP.equals(place.get()) && !shops().contains(place.get())) {
            throw new CustodyException("custody.refused.unknownShop", place.get());
        }
        Map<String, Object> details = place.map(p -> Map.<String, Object>of("found_at", p)).orElse(Map.of());
        return tickets.recordCustody(ticketNo, TicketHistory.MISSING_RESOLVED, details, reason.strip(), by,
                AuditAction.MISSING_RESOLVED, details, t -> {
                    if (!t.custody().missing()) {
                        throw new CustodyException("custody.refused.notMissing", t.ticketNo());
                    }
                });
    }

    /**
     * Records a print of a dispatch's manifest (printed or saved as a file); returns true when it
     * had been printed before, anywhere in the chain (this one is a reprint).
     */
    public boolean recordManifestPrint(String dispatchNo) {
        String key = clean(dispatchNo);
        Actor by = actor.get();
        return store.write(c -> {
            boolean before;
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM dispatch_print WHERE dispatch_no = ? LIMIT 1")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    before = rs.next();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO dispatch_print (print_id, dispatch_no, at, who, "
                    + "staff_no) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, java.util.UUID.randomUUID().toString());
                ps.setString(2, key);
                ps.setLong(3, StoredTime.encode(LocalDateTime.now(clock)));
                ps.setString(4, by.label());
                Sql.setText(ps, 5, by.staffNo().orElse(null));
                ps.executeUpdate();
            }
            audit.append(c, by, before ? AuditAction.MANIFEST_REPRINTED : AuditAction.MANIFEST_PRINTED, key, Map.of());
            return before;
        });
    }

    /** How many days a piece may stay at the workshop before it is flagged overdue there (and at its shop). */
    public static final int WORKSHOP_DAYS = 10;
    static final String WORKSHOP_DAYS_KEY = "custody.workshop_days";

    /** The days a piece may stay at the workshop: a manager's setting, else {@link #WORKSHOP_DAYS}. */
    public int workshopDays() {
        return store.read(c -> com.alluressories.caredesk.store.Settings.get(c, WORKSHOP_DAYS_KEY)).map(String::strip)
                .filter(v -> v.matches("\\d{1,3}")).map(Integer::parseInt).filter(d -> d > 0).orElse(WORKSHOP_DAYS);
    }

    /** True when the piece has been at the workshop longer than it should. */
    public static boolean overdueAtWorkshop(Ticket t, LocalDate today, int days) {
        return Custody.WORKSHOP.equals(t.custody().location()) && t.custody().days(today) > days;
    }

    /** The pieces that did not arrive with their dispatch, not yet resolved. */
    public List<Ticket> missing() {
        return tickets.list(com.alluressories.caredesk.ticket.TicketFilter.all()
                .withLocation(Optional.of(Custody.IN_TRANSIT))).stream().filter(t -> t.custody().missing()).toList();
    }

    /** True when the dispatch's manifest was printed (or saved) before, anywhere in the chain: the next is a reprint. */
    public boolean manifestPrinted(String dispatchNo) {
        String key = clean(dispatchNo);
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM dispatch_print WHERE dispatch_no = ? LIMIT 1")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** A dispatch with its pieces as they stand now. */
    public Optional<Dispatch> dispatch(String dispatchNo) {
        String key = clean(dispatchNo);
        return store.read(c -> read(c, key));
    }

    /** Dispatches coming here with pieces still on their way (not those flagged missing), the oldest first. */
    public List<Dispatch> incoming() {
        String at = here();
        return dispatches("SELECT DISTINCT d.dispatch_no FROM dispatch d JOIN ticket t ON t.dispatch_no = d.dispatch_no "
                + "WHERE d.to_place = ? AND t.going_to = ? AND t.missing = 0 ORDER BY d.created_at", at, at);
    }

    /** The dispatches made here on a day, the newest first. */
    public List<Dispatch> sentOn(LocalDate day) {
        return dispatches("SELECT dispatch_no FROM dispatch WHERE from_place = ? AND created_at >= ? AND created_at < ? "
                + "ORDER BY created_at DESC", here(), StoredTime.startOf(day), StoredTime.startOf(day.plusDays(1)));
    }

    private List<Dispatch> dispatches(String sql, Object... args) {
        return store.read(c -> {
            List<String> numbers = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        numbers.add(rs.getString(1));
                    }
                }
            }
            List<Dispatch> out = new ArrayList<>();
            for (String no : numbers) {
                read(c, no).ifPresent(out::add);
            }
            return out;
        });
    }

    private static Optional<Dispatch> read(Connection c, String dispatchNo) throws SQLException {
        String from;
        String to;
        String courier;
        LocalDateTime at;
        String who;
        try (PreparedStatement ps = c.prepareStatement("SELECT from_place, to_place, courier, created_at, who FROM dispatch "
                + "WHERE dispatch_no = ?")) {
            ps.setString(1, dispatchNo);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                from = rs.getString(1);
                to = rs.getString(2);
                courier = rs.getString(3);
                at = StoredTime.decode(rs.getLong(4));
                who = rs.getString(5);
            }
        }
        List<Dispatch.Piece> pieces = new ArrayList<>();
        // The pieces put in it: its DISPATCH steps, in the order they were scanned; where each stands now.
        try (PreparedStatement ps = c.prepareStatement("SELECT t.ticket_no, cl.item_description, t.dispatch_no, t.missing, "
                + "t.location, min(e.at) FROM ticket_event e JOIN ticket t ON t.id = e.ticket_id "
                + "JOIN claim cl ON cl.id = t.claim_id WHERE e.dispatch_no = ? AND e.action IN ('DISPATCH', 'TAKEN_OUT', 'RECEIVE') "
                // A piece taken back out (as often as it went in) is not in the dispatch.
                + "GROUP BY t.id HAVING sum(e.action = 'DISPATCH') > sum(e.action = 'TAKEN_OUT') "
                + "ORDER BY min(e.at), t.ticket_no")) {
            ps.setString(1, dispatchNo);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Dispatch.Status status;
                    if (dispatchNo.equals(rs.getString(3))) {
                        status = rs.getInt(4) == 1 ? Dispatch.Status.MISSING : Dispatch.Status.IN_TRANSIT;
                    } else {
                        status = received(c, rs.getString(1), dispatchNo) ? Dispatch.Status.RECEIVED
                                : Dispatch.Status.MOVED_ON;
                    }
                    pieces.add(new Dispatch.Piece(rs.getString(1), rs.getString(2), 1, status));
                }
            }
        }
        return Optional.of(new Dispatch(dispatchNo, from, to, courier, at, who, pieces));
    }

    /** True when the ticket's piece was scanned out of this dispatch at its destination. */
    private static boolean received(Connection c, String ticketNo, String dispatchNo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM ticket_event e JOIN ticket t ON t.id = e.ticket_id "
                + "WHERE t.ticket_no = ? AND e.dispatch_no = ? AND e.action = 'RECEIVE' LIMIT 1")) {
            ps.setString(1, ticketNo);
            ps.setString(2, dispatchNo);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** What a scanner typed: spaces around it gone, letters in capitals. */
    private static String clean(String scanned) {
        return scanned == null ? "" : scanned.strip().toUpperCase(Locale.ROOT);
    }
}
