package com.alluressories.caredesk.claim;

import com.alluressories.caredesk.money.Money;
import com.alluressories.caredesk.policy.Decision;
import com.alluressories.caredesk.policy.Stone;
import com.alluressories.caredesk.policy.Verdict;
import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.Staff;
import com.alluressories.caredesk.store.RowKey;
import com.alluressories.caredesk.store.Rows;
import com.alluressories.caredesk.store.StoredTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The {@code claim} and {@code claim_photo} tables, written and read by column name inside the
 * caller's connection or transaction. No rule lives here: what may be saved, by whom, and the
 * audit entry are {@link ClaimService}'s.
 */
final class ClaimRepository {
    private ClaimRepository() {
    }

    /**
     * A claim about to be saved: the draft as staff filled it in, with the decision as shown and
     * who saved it (a manager's name too when they overrode the policy).
     */
    record NewClaim(String uuid, LocalDateTime createdAt, String shopCode, Actor by, Optional<Staff> manager,
                    ClaimDraft draft, String phone, Decision decision, Verdict finalVerdict, String decisionJson) {
    }

    /**
     * Inserts the claim and its photos, in order, with each photo's bytes (base64) so that they
     * travel with the claim; returns the claim's id.
     */
    static long insert(Connection c, NewClaim claim, Map<String, String> photoData) throws SQLException {
        long id = insert(c, "claim", columns(claim));
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO photo (sha256, media_type, data) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (Photo photo : claim.draft().photos()) {
                String data = photoData.get(photo.sha256());
                if (data != null) {
                    ps.setString(1, photo.sha256());
                    ps.setString(2, photo.mediaType());
                    ps.setString(3, data);
                    ps.executeUpdate();
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO claim_photo (claim_id, position, sha256, media_type, file_name) VALUES (?, ?, ?, ?, ?)")) {
            int position = 1;
            for (Photo photo : claim.draft().photos()) {
                ps.setLong(1, id);
                ps.setInt(2, position++);
                ps.setString(3, photo.sha256());
                ps.setString(4, photo.mediaType());
                ps.setString(5, photo.fileName());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return id;
    }

    /** The claim's row, column by column; an absent value is SQL NULL. */
    private static Map<String, Object> columns(NewClaim claim) {
        ClaimDraft draft = claim.draft();
        Decision decision = claim.decision();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", RowKey.of(claim.uuid()));
        row.put("uuid", claim.uuid());
        row.put("created_at", StoredTime.encode(claim.createdAt()));
        row.put("shop_code", claim.shopCode());
        row.put("staff_name", claim.by().label());
        row.put("staff_no", claim.by().staffNo().orElse(null));
        row.put("receipt_no", draft.receiptNo().orElse(null));
        row.put("line_no", draft.lineNo().orElse(null));
        row.put("customer_name", draft.customerName().strip());
        row.put("customer_phone", claim.phone());
        row.put("customer_language", draft.customerLanguage().map(Locale::getLanguage).orElse(null));
        row.put("item_description", draft.description().strip());
        row.put("sku", draft.sku().orElse(null));
        row.put("metal", draft.metal().code());
        row.put("stones", draft.stones().stream().map(Stone::code).sorted().collect(Collectors.joining(";")));
        row.put("purchase_date", draft.sale().map(s -> s.purchaseDate().toString()).orElse(null));
        row.put("list_price_cents", draft.sale().map(s -> Money.of(s.listPrice()).cents()).orElse(null));
        row.put("paid_price_cents", draft.sale().map(s -> Money.of(s.paidPrice()).cents()).orElse(null));
        row.put("complaint", draft.complaint().strip());
        row.put("notes", draft.notes().strip());
        row.put("findings", draft.findings().stream().sorted().collect(Collectors.joining(";")));
        row.put("policy_id", decision.policyId());
        row.put("policy_version", decision.policyVersion());
        row.put("policy_verdict", decision.verdict().name());
        row.put("warranty_months", decision.warrantyMonths());
        row.put("warranty_ends", decision.warrantyEnds().map(LocalDate::toString).orElse(null));
        row.put("final_verdict", claim.finalVerdict().name());
        row.put("override_verdict", draft.override().map(o -> o.verdict().name()).orElse(null));
        row.put("override_by", claim.manager().map(Staff::label).orElse(null));
        row.put("override_by_no", claim.manager().map(Staff::staffNo).orElse(null));
        row.put("override_reason", draft.override().map(o -> o.reason().strip()).orElse(null));
        row.put("decision_json", claim.decisionJson());
        return row;
    }

    /** One row into {@code table}, each value bound to its column by name; returns the row's {@code id}. */
    private static long insert(Connection c, String table, Map<String, Object> row) throws SQLException {
        String sql = "INSERT INTO " + table + " (" + String.join(", ", row.keySet()) + ") VALUES ("
                + String.join(", ", Collections.nCopies(row.size(), "?")) + ") RETURNING id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int index = 1;
            for (Object value : row.values()) {
                bind(ps, index++, value);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong("id");
            }
        }
    }

    private static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NULL);
        } else if (value instanceof String text) {
            ps.setString(index, text);
        } else if (value instanceof Integer || value instanceof Long) {
            ps.setLong(index, ((Number) value).longValue());
        } else {
            throw new IllegalArgumentException("No SQL binding for " + value.getClass());
        }
    }

    /** Claims matching {@code where} (over the claim table's columns), newest first. */
    static List<ClaimSummary> select(Connection c, String where, List<Object> args) throws SQLException {
        List<ClaimSummary> claims = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, uuid, created_at, staff_name, receipt_no, line_no, "
                + "customer_name, customer_phone, item_description, complaint, findings, policy_verdict, "
                + "final_verdict, override_verdict, override_by, override_reason, decision_json, policy_id, "
                + "policy_version, (SELECT count(*) FROM claim_photo p WHERE p.claim_id = claim.id) AS photo_count "
                + "FROM claim WHERE " + where + " ORDER BY created_at DESC, id DESC")) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    claims.add(summary(rs));
                }
            }
        }
        return claims;
    }

    private static ClaimSummary summary(ResultSet rs) throws SQLException {
        Optional<VerdictOverride> override = Optional.empty();
        Optional<String> overrideVerdict = Rows.text(rs, "override_verdict");
        if (overrideVerdict.isPresent()) {
            override = Optional.of(new VerdictOverride(Verdict.valueOf(overrideVerdict.get()),
                    rs.getString("override_reason")));
        }
        return new ClaimSummary(rs.getLong("id"), rs.getString("uuid"), StoredTime.decode(rs.getLong("created_at")),
                rs.getString("staff_name"), Rows.text(rs, "receipt_no"),
                Rows.number(rs, "line_no").map(Long::intValue), rs.getString("customer_name"),
                rs.getString("customer_phone"), rs.getString("item_description"), rs.getString("complaint"),
                codes(rs.getString("findings")), Verdict.valueOf(rs.getString("policy_verdict")),
                Verdict.valueOf(rs.getString("final_verdict")), override,
                DecisionJson.flagCodes(rs.getString("decision_json")),
                rs.getString("policy_id") + "@" + rs.getString("policy_version"), rs.getInt("photo_count"),
                Rows.text(rs, "override_by"));
    }

    private static List<String> codes(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(";"));
    }

    static Optional<String> decisionJson(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT decision_json FROM claim WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString("decision_json")) : Optional.empty();
            }
        }
    }

    /** A photo's bytes as the store keeps them (base64), for a PC that has no file of it yet. */
    static Optional<String> photoData(Connection c, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT data FROM photo WHERE sha256 = ?")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString("data")) : Optional.empty();
            }
        }
    }

    static List<Photo> photos(Connection c, long id) throws SQLException {
        List<Photo> photos = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT sha256, media_type, file_name FROM claim_photo WHERE claim_id = ? ORDER BY position")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    photos.add(new Photo(rs.getString("sha256"), rs.getString("media_type"),
                            rs.getString("file_name")));
                }
            }
        }
        return photos;
    }
}
