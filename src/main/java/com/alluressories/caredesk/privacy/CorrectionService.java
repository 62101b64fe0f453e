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
 * one transaction, with the reason. The audit trail gets how many records changed and the
 * reason, never the old or new name or phone.
 */
public final class CorrectionService {
    private final Store store;
    private final AuditLog audit;
    private final Supplier<Actor> actor;

    public CorrectionService(Store store, AuditLog audit, Supplier<Actor> actor) {
        this.store = store;
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
            int receipts = 0;
            for (long id : receiptIds) {
                receipts += update(c, "UPDATE receipt SET customer_name = ?, customer_phone = ? WHERE id = ?", cleanName,
                        to, id);
            }
            int claims = 0;
            int tickets = 0;
            for (long id : claimIds) {
                claims += update(c, "UPDATE claim SET customer_name = ?, customer_phone = ? WHERE id = ?", cleanName, to,
                        id);
                tickets += update(c, "UPDATE ticket SET customer_last4 = ? WHERE claim_id = ?",
                        to.substring(to.length() - 4), id);
            }
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

    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        }
    }
}
