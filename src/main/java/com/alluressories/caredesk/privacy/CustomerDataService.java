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

    /** Everything held under {@code phone} (8 digits, any spacing or +852) and, if given, {@code name}. */
    public CustomerData find(String phone, Optional<String> name) {
        String digits = PhoneNumber.normalize(phone).orElseThrow(() -> new PrivacyException("privacy.access.phone",
                phone == null ? "" : phone.strip()));
        String key = name.map(CustomerDataService::key).filter(k -> !k.isEmpty()).orElse(null);
        Actor by = actor.get();
        LocalDate today = LocalDate.now(clock);
        return store.write(c -> {
            CustomerData data = new CustomerData(digits, key == null ? "" : name.get().strip(), today,
                    today.plusDays(DAYS_TO_ANSWER), receipts(c, digits, key), claims(c, digits, key), List.of());
            data = new CustomerData(data.phone(), data.name(), data.requested(), data.deadline(), data.receipts(),
                    data.claims(), tickets(c, data.claims()));
            Map<String, Object> counts = new LinkedHashMap<>();
            counts.put("receipts", data.receipts().size());
            counts.put("claims", data.claims().size());
            counts.put("tickets", data.tickets().size());
            counts.put("deadline", data.deadline().toString());
            audit.append(c, by, AuditAction.ACCESS_REQUEST_ANSWERED, "customer data", counts);
            return data;
        });
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
        try (PreparedStatement ps = c.prepareStatement("SELECT at, action, who, note, details FROM ticket_event "
                + "WHERE ticket_id = ? ORDER BY at")) {
            ps.setLong(1, ticket);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new CustomerData.Event(StoredTime.decode(rs.getLong(1)), rs.getString(2), rs.getString(3),
                            rs.getString(4) == null ? "" : rs.getString(4), message(rs.getString(5))));
                }
            }
        }
        return out;
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
