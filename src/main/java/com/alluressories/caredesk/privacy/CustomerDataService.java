package com.alluressories.caredesk.privacy;

import com.alluressories.caredesk.receipt.PhoneNumber;
import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.AuditAction;
import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.store.StoredTime;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A customer's data access request: finds everything CareDesk holds under their phone number
 * (and name, when given: spaces and letter case do not matter), and records the request and its
 * answer in the audit trail — counts and the deadline only, never who asked. Whoever may run it is
 * the caller's to decide: the command line is the PC's own administrator's.
 */
public final class CustomerDataService {
    /** The PDPO gives 40 days to answer a data access request (s.19(1)). */
    public static final int DAYS_TO_ANSWER = 40;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Store store;
    private final Clock clock;
    private final AuditLog audit;
    private final Supplier<Actor> actor;

    public CustomerDataService(Store store, Clock clock, AuditLog audit, Supplier<Actor> actor) {
        this.store = store;
        this.clock = clock;
        this.audit = audit;
        this.actor = actor;
    }

    /** A request received and not answered yet, with the day it must be answered by. */
    public record OpenRequest(String reference, LocalDate received, String phone, String name) {
        public LocalDate deadline() {
            return received.plusDays(DAYS_TO_ANSWER);
        }

        /** Days from {@code today} to the deadline: 0 on the day, negative once it has passed. */
        public long daysLeft(LocalDate today) {
            return java.time.temporal.ChronoUnit.DAYS.between(today, deadline());
        }
    }

    /**
     * Everything held under {@code phone} (8 digits, any spacing or +852) and, if given, {@code
     * name}, answered today for a request received today.
     */
    public CustomerData find(String phone, Optional<String> name) {
        return find(phone, name, LocalDate.now(clock));
    }

    /** The same, for a request received on {@code received} (its 40 days count from then). */
    public CustomerData find(String phone, Optional<String> name, LocalDate received) {
        String digits = digits(phone);
        LocalDate today = LocalDate.now(clock);
        if (received.isAfter(today)) {
            throw new PrivacyException("privacy.access.received.future");
        }
        Actor by = actor.get();
        return store.write(c -> answered(c, by, digits, name, received, null));
    }

    /** What the answer for {@code phone} (and name) holds, read only: nothing recorded until it is given ({@link #find}). */
    public CustomerData look(String phone, Optional<String> name, LocalDate received) {
        String digits = digits(phone);
        if (received.isAfter(LocalDate.now(clock))) {
            throw new PrivacyException("privacy.access.received.future");
        }
        return store.read(c -> gather(c, digits, name, received));
    }

    /** Everything held under a phone (and name) for a request received that day. */
    private static CustomerData gather(Connection c, String digits, Optional<String> name, LocalDate received)
            throws SQLException {
        String key = name.map(CustomerDataService::key).filter(k -> !k.isEmpty()).orElse(null);
        List<CustomerData.Claim> claims = claims(c, digits, key);
        return new CustomerData(digits, key == null ? "" : name.get().strip(), received, received.plusDays(DAYS_TO_ANSWER),
                receipts(c, digits, key), claims, tickets(c, claims));
    }

    /**
     * Records a request to answer later: open, with its deadline, until {@link #answer} answers
     * it. Audited by its reference and dates, never who asked.
     */
    public OpenRequest receive(String phone, Optional<String> name, LocalDate received) {
        String digits = digits(phone);
        LocalDate today = LocalDate.now(clock);
        if (received.isAfter(today)) {
            throw new PrivacyException("privacy.access.received.future");
        }
        String cleanName = name.map(n -> n.strip().replaceAll("\\s+", " ")).orElse("");
        if (com.alluressories.caredesk.text.HkidCheck.holdsOne(cleanName)) {
            throw new PrivacyException("privacy.correct.hkid");
        }
        Actor by = actor.get();
        return store.write(c -> {
            String prefix = "AR-" + received.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "-";
            int n = 1;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*) FROM access_request WHERE reference LIKE ? || '%'")) {
                ps.setString(1, prefix);
                try (ResultSet rs = ps.executeQuery()) {
                    n += rs.next() ? rs.getInt(1) : 0;
                }
            }
            OpenRequest made = new OpenRequest(prefix + n, received, digits, cleanName);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO access_request (reference, received_on, "
                    + "customer_phone, customer_name) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, made.reference());
                ps.setString(2, received.toString());
                ps.setString(3, digits);
                ps.setString(4, cleanName);
                ps.executeUpdate();
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("received", received.toString());
            details.put("deadline", made.deadline().toString());
            audit.append(c, by, AuditAction.ACCESS_REQUEST_RECEIVED, made.reference(), details);
            return made;
        });
    }

    /** The requests not answered yet, the oldest (the nearest deadline) first. */
    public List<OpenRequest> openRequests() {
        return store.read(c -> {
            List<OpenRequest> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT reference, received_on, customer_phone, customer_name "
                    + "FROM access_request WHERE answered_on IS NULL ORDER BY received_on, reference");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new OpenRequest(rs.getString(1), LocalDate.parse(rs.getString(2)), rs.getString(3),
                            rs.getString(4)));
                }
            }
            return out;
        });
    }

    /**
     * What the answer to an open request holds, read only: nothing recorded, the request stays
     * open (a preview closed without printing or saving answers nothing).
     */
    public CustomerData preview(String reference) {
        return store.read(c -> {
            OpenRequest request = open(c, reference);
            return gather(c, request.phone(), Optional.of(request.name()), request.received());
        });
    }

    private static OpenRequest open(Connection c, String reference) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT reference, received_on, customer_phone, customer_name "
                + "FROM access_request WHERE reference = ? AND answered_on IS NULL")) {
            ps.setString(1, reference);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return new OpenRequest(rs.getString(1), LocalDate.parse(rs.getString(2)), rs.getString(3),
                            rs.getString(4));
                }
            }
        }
        throw new PrivacyException("privacy.requests.notOpen", reference);
    }

    /**
     * Answers an open request (its answer printed or saved): everything held about whom it names,
     * counted from the day it was received; the request is closed and forgets whom it was about.
     */
    public CustomerData answer(String reference) {
        Actor by = actor.get();
        return store.write(c -> {
            OpenRequest request = open(c, reference);
            CustomerData data = answered(c, by, request.phone(), Optional.of(request.name()), request.received(),
                    request.reference());
            try (PreparedStatement ps = c.prepareStatement("UPDATE access_request SET answered_on = ?, "
                    + "customer_phone = '', customer_name = '' WHERE reference = ?")) {
                ps.setString(1, LocalDate.now(clock).toString());
                ps.setString(2, reference);
                ps.executeUpdate();
            }
            return data;
        });
    }

    private static String digits(String phone) {
        return PhoneNumber.normalize(phone).orElseThrow(() -> new PrivacyException("privacy.access.phone",
                phone == null ? "" : phone.strip()));
    }

    private CustomerData answered(Connection c, Actor by, String digits, Optional<String> name, LocalDate received,
                                  String reference) throws SQLException {
        CustomerData data = gather(c, digits, name, received);
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("receipts", data.receipts().size());
        counts.put("claims", data.claims().size());
        counts.put("tickets", data.tickets().size());
        counts.put("received", received.toString());
        counts.put("deadline", data.deadline().toString());
        audit.append(c, by, AuditAction.ACCESS_REQUEST_ANSWERED, reference == null ? "customer data" : reference, counts);
        return data;
    }

    /** A name as compared: spaces collapsed, letters folded. */
    static String key(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static boolean matches(String key, String name) {
        return key == null || key(name).equals(key);
    }

    private static List<CustomerData.Receipt> receipts(Connection c, String phone, String key) throws SQLException {
        List<CustomerData.Receipt> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, receipt_no, shop_code, purchased_at, customer_name, "
                + "customer_phone FROM receipt WHERE customer_phone = ? ORDER BY purchased_at")) {
            ps.setString(1, phone);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!matches(key, rs.getString("customer_name"))) {
                        continue;
                    }
                    out.add(new CustomerData.Receipt(rs.getString("receipt_no"), rs.getString("shop_code"),
                            StoredTime.decode(rs.getLong("purchased_at")), rs.getString("customer_name"),
                            rs.getString("customer_phone"), lines(c, rs.getLong("id"))));
                }
            }
        }
        return out;
    }

    private static List<CustomerData.Line> lines(Connection c, long receipt) throws SQLException {
        List<CustomerData.Line> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT line_no, sku, description, metal, stones, paid_price_cents "
                + "FROM receipt_line WHERE receipt_id = ? ORDER BY line_no")) {
            ps.setLong(1, receipt);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new CustomerData.Line(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getLong(6)));
                }
            }
        }
        return out;
    }

    private static List<CustomerData.Claim> claims(Connection c, String phone, String key) throws SQLException {
        List<CustomerData.Claim> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, uuid, created_at, shop_code, customer_name, "
                + "customer_phone, item_description, complaint, notes, findings, final_verdict FROM claim "
                + "WHERE customer_phone = ? ORDER BY created_at")) {
            ps.setString(1, phone);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!matches(key, rs.getString("customer_name"))) {
                        continue;
                    }
                    out.add(new CustomerData.Claim(rs.getString("uuid"), StoredTime.decode(rs.getLong("created_at")),
                            rs.getString("shop_code"), rs.getString("customer_name"), rs.getString("customer_phone"),
                            rs.getString("item_description"), rs.getString("complaint"), rs.getString("notes"),
                            rs.getString("findings"), rs.getString("final_verdict"), photos(c, rs.getLong("id"))));
                }
            }
        }
        return out;
    }

    private static List<CustomerData.Photo> photos(Connection c, long claim) throws SQLException {
        List<CustomerData.Photo> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT file_name, media_type, sha256 FROM claim_photo "
                + "WHERE claim_id = ? ORDER BY position")) {
            ps.setLong(1, claim);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new CustomerData.Photo(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return out;
    }

    private static List<CustomerData.Ticket> tickets(Connection c, List<CustomerData.Claim> claims) throws SQLException {
        List<CustomerData.Ticket> out = new ArrayList<>();
        for (CustomerData.Claim claim : claims) {
            try (PreparedStatement ps = c.prepareStatement("SELECT t.id, t.ticket_no, t.shop_code, t.state FROM ticket t "
                    + "JOIN claim c ON c.id = t.claim_id WHERE c.uuid = ?")) {
                ps.setString(1, claim.uuid());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new CustomerData.Ticket(rs.getString(2), rs.getString(3), rs.getString(4), claim.uuid(),
                                history(c, rs.getLong(1))));
                    }
                }
            }
        }
        return out;
    }

    private static List<CustomerData.Event> history(Connection c, long ticket) throws SQLException {
        List<CustomerData.Event> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT at, action, who, note, details, to_state FROM ticket_event "
                + "WHERE ticket_id = ? ORDER BY at")) {
            ps.setLong(1, ticket);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new CustomerData.Event(StoredTime.decode(rs.getLong(1)), rs.getString(2), rs.getString(6), rs.getString(3),
                            rs.getString(4) == null ? "" : rs.getString(4), message(rs.getString(5)),
                            place(rs.getString(5))));
                }
            }
        }
        return out;
    }

    /** Where a custody step took the piece, from its details: sent to, received at, collected at, found at. */
    private static String place(String details) {
        if (details == null || details.isBlank()) {
            return "";
        }
        try {
            JsonNode node = JSON.readTree(details);
            for (String key : new String[] {"to", "at", "shop", "found_at"}) {
                if (node.hasNonNull(key)) {
                    return node.get(key).asText();
                }
            }
            return "";
        } catch (java.io.IOException e) {
            return "";
        }
    }

    /** The text of a message sent, kept in a step's details. */
    private static String message(String details) {
        if (details == null || details.isBlank()) {
            return "";
        }
        try {
            JsonNode node = JSON.readTree(details);
            return node.hasNonNull("text") ? node.get("text").asText() : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
