package com.alluressories.caredesk.privacy;

import com.alluressories.caredesk.receipt.PhoneNumber;
import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.AuditAction;
import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.staff.Permission;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.text.HkidCheck;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A manager corrects a customer's name and phone (PDPO DPP6: the customer's right to correction)
 * on every record that carries them — receipts, claims and their tickets' last four digits — in
 * one transaction, with the reason. Each record's correction is a row the store applies here and
 * wherever the chain takes it, the newest by CareDesk's own clock winning on every PC
 * ({@link ErasureSql}). The audit trail gets how many records changed and the reason, never the
 * old or new name or phone.
 */
public final class CorrectionService {
    private final Store store;
    private final java.time.Clock clock;
    private final AuditLog audit;
    private final Supplier<Actor> actor;

    public CorrectionService(Store store, java.time.Clock clock, AuditLog audit, Supplier<Actor> actor) {
        this.store = store;
        this.clock = clock;
        this.audit = audit;
        this.actor = actor;
    }

    /** How many records a correction changed. */
    public record Corrected(int receipts, int claims, int tickets) {
        public int records() {
            return receipts + claims + tickets;
        }
    }

    /**
     * Corrects the records under {@code phone} (and {@code name}, when given) to {@code newName}
     * and {@code newPhone}.
     */
    public Corrected correct(String phone, Optional<String> name, String newName, String newPhone, String reason) {
        Actor by = actor.get();
        by.require(Permission.CHANGE_SETTINGS);
        String from = PhoneNumber.normalize(phone).orElseThrow(() -> new PrivacyException("privacy.access.phone",
                phone == null ? "" : phone.strip()));
        String to = PhoneNumber.normalize(newPhone).orElseThrow(() -> new PrivacyException("privacy.access.phone",
                newPhone == null ? "" : newPhone.strip()));
        String cleanName = newName == null ? "" : newName.strip().replaceAll("\\s+", " ");
        if (cleanName.isEmpty()) {
            throw new PrivacyException("privacy.correct.name");
        }
        if (reason == null || reason.isBlank()) {
            throw new PrivacyException("privacy.correct.reason");
        }
        if (HkidCheck.holdsOne(cleanName) || HkidCheck.holdsOne(reason)) {
            throw new PrivacyException("privacy.correct.hkid");
        }
        String key = name.map(CustomerDataService::key).filter(k -> !k.isEmpty()).orElse(null);
        Corrected done = store.write(c -> {
            // A name is matched as requests match it: spaces collapsed, letters folded (in Java, row by row).
            java.util.List<Long> receiptIds = matching(c, "SELECT id, customer_name FROM receipt WHERE customer_phone = ?",
                    from, key);
            java.util.List<Long> claimIds = matching(c, "SELECT id, customer_name FROM claim WHERE customer_phone = ?",
                    from, key);
            long at = clock.millis();
            for (long id : receiptIds) {
                correct(c, "receipt", id, at, cleanName, to);
            }
            int tickets = 0;
            for (long id : claimIds) {
                correct(c, "claim", id, at, cleanName, to);
                tickets += count(c, "SELECT count(*) FROM ticket WHERE claim_id = ?", id);
            }
            int receipts = receiptIds.size();
            int claims = claimIds.size();
            Corrected made = new Corrected(receipts, claims, tickets);
            if (made.records() == 0) {
                throw new PrivacyException("privacy.correct.none");
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("receipts", receipts);
            details.put("claims", claims);
            details.put("tickets", tickets);
            details.put("reason", reason.strip());
            audit.append(c, by, AuditAction.CUSTOMER_CORRECTED, "customer data", details);
            return made;
        });
        return done;
    }

    private static java.util.List<Long> matching(Connection c, String sql, String phone, String key)
            throws SQLException {
        java.util.List<Long> out = new java.util.ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, phone);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (key == null || CustomerDataService.key(rs.getString(2)).equals(key)) {
                        out.add(rs.getLong(1));
                    }
                }
            }
        }
        return out;
    }

    private static void correct(Connection c, String kind, long id, long at, String name, String phone)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO customer_correction (correction_id, kind, target_id, "
                + "at, customer_name, customer_phone) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, java.util.UUID.randomUUID().toString());
            ps.setString(2, kind);
            ps.setLong(3, id);
            ps.setLong(4, at);
            ps.setString(5, name);
            ps.setString(6, phone);
            ps.executeUpdate();
        }
    }

    private static int count(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }
}
