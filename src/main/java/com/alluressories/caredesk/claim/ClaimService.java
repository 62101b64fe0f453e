package com.alluressories.caredesk.claim;

import com.alluressories.caredesk.policy.Bilingual;
import com.alluressories.caredesk.policy.Claim;
import com.alluressories.caredesk.policy.Clause;
import com.alluressories.caredesk.policy.Decision;
import com.alluressories.caredesk.policy.Flag;
import com.alluressories.caredesk.policy.Policy;
import com.alluressories.caredesk.policy.Stone;
import com.alluressories.caredesk.policy.Verdict;
import com.alluressories.caredesk.receipt.PhoneNumber;
import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.AuditAction;
import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.staff.Permission;
import com.alluressories.caredesk.staff.Staff;
import com.alluressories.caredesk.store.Sql;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.store.StoredTime;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Claims at the counter: the policy's decision for what staff ticked, the terms the customer
 * accepts, and saving it all — with the decision exactly as shown — in one transaction.
 */
public final class ClaimService {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Store store;
    private final Policy policy;
    private final Clock clock;
    private final Supplier<String> shopCode;
    private final Supplier<Actor> actor;
    private final AuditLog audit;

    /**
     * @param shopCode the shop taking the claim in
     * @param actor    who is signed in and takes it in
     */
    public ClaimService(Store store, Policy policy, Clock clock, Supplier<String> shopCode, Supplier<Actor> actor,
                        AuditLog audit) {
        this.store = store;
        this.policy = policy;
        this.clock = clock;
        this.shopCode = shopCode;
        this.actor = actor;
        this.audit = audit;
    }

    public Policy policy() {
        return policy;
    }

    /** The policy's decision for the draft as of today in Hong Kong; the receipt's date stays the purchase date. */
    public Decision decide(ClaimDraft draft) {
        LocalDate today = LocalDate.now(clock);
        LocalDate claimDate = draft.sale().map(s -> s.purchaseDate().isAfter(today) ? s.purchaseDate() : today).orElse(today);
        return policy.evaluate(new Claim(draft.metal(), draft.stones(), draft.sale(), claimDate, draft.findings()));
    }

    /** The verdict that stands: a manager's override, else the policy's. */
    public static Verdict finalVerdict(Decision decision, Optional<VerdictOverride> override) {
        return override.map(VerdictOverride::verdict).orElse(decision.verdict());
    }

    /**
     * The terms the customer accepts for a verdict. A repair under warranty carries no charge, so
     * the chargeable-repair term applies to every other verdict only.
     */
    public List<Clause> terms(Verdict verdict) {
        return policy.terms().stream()
                .filter(t -> verdict != Verdict.WARRANTY_REPAIR || !t.id().equals("CHARGEABLE_AFTER_EXAMINATION"))
                .toList();
    }

    /** What keeps the draft from being saved, field by field; empty when it can be saved. */
    public Map<String, ClaimProblem> problems(ClaimDraft draft) {
        Map<String, ClaimProblem> problems = new LinkedHashMap<>();
        if (draft.customerName().isBlank()) {
            problems.put("customerName", ClaimProblem.REQUIRED);
        }
        if (draft.customerPhone().isBlank()) {
            problems.put("customerPhone", ClaimProblem.REQUIRED);
        } else if (PhoneNumber.normalize(draft.customerPhone()).isEmpty()) {
            problems.put("customerPhone", ClaimProblem.INVALID);
        }
        if (draft.description().isBlank()) {
            problems.put("description", ClaimProblem.REQUIRED);
        }
        if (draft.complaint().isBlank()) {
            problems.put("complaint", ClaimProblem.REQUIRED);
        }
        draft.override().ifPresent(o -> {
            if (o.verdict() == null) {
                problems.put("overrideVerdict", ClaimProblem.REQUIRED);
            } else if (o.verdict() == Verdict.PENDING_INSPECTION) {
                // "Not yet decided" is where a claim starts, not a decision a manager can give.
                problems.put("overrideVerdict", ClaimProblem.INVALID);
            } else if (o.verdict() == decide(draft).verdict()) {
                problems.put("overrideVerdict", ClaimProblem.SAME_AS_POLICY);
            }
            if (o.reason() == null || o.reason().isBlank()) {
                problems.put("overrideReason", ClaimProblem.REQUIRED);
            }
        });
        if (!draft.termsAccepted()) {
            problems.put("terms", ClaimProblem.NOT_ACCEPTED);
        }
        return problems;
    }

    /** Saves the claim as the signed-in member of staff (see {@link #save(ClaimDraft, Actor)}). */
    public ClaimSummary save(ClaimDraft draft) {
        return save(draft, actor.get());
    }

    /**
     * Saves the claim and its photos in one transaction, with the policy's id, version and
     * decision as they are now, and its audit entries. An override needs a manager: the actor is
     * one, or carries a manager's approval; both names are recorded.
     *
     * @throws IllegalArgumentException when the draft has problems (see {@link #problems})
     * @throws com.alluressories.caredesk.staff.NotAllowedException when an override has no manager behind it
     */
    public ClaimSummary save(ClaimDraft draft, Actor by) {
        Map<String, ClaimProblem> problems = problems(draft);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The claim cannot be saved: " + problems);
        }
        if (shopCode.get() == null) {
            throw new IllegalStateException("No shop is set up: a claim and its ticket carry the shop's code.");
        }
        if (draft.override().isPresent()) {
            by.require(Permission.OVERRIDE_VERDICT);
        }
        Optional<Staff> manager = draft.override().flatMap(o -> by.manager());
        Decision decision = decide(draft);
        Verdict finalVerdict = finalVerdict(decision, draft.override());
        String uuid = UUID.randomUUID().toString();
        LocalDateTime now = LocalDateTime.now(clock);
        String phone = PhoneNumber.normalize(draft.customerPhone()).orElseThrow();
        String json = decisionJson(decision, terms(finalVerdict));
        long id = store.write(c -> {
            long claimId;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO claim (uuid, created_at, shop_code, staff_name, "
                    + "receipt_no, line_no, customer_name, customer_phone, item_description, sku, metal, stones, "
                    + "purchase_date, list_price_cents, paid_price_cents, complaint, notes, findings, policy_id, "
                    + "policy_version, policy_verdict, warranty_months, warranty_ends, final_verdict, override_verdict, "
                    + "override_by, override_reason, decision_json, staff_no, override_by_no) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                int i = 1;
                ps.setString(i++, uuid);
                ps.setLong(i++, StoredTime.encode(now));
                ps.setString(i++, shopCode.get());
                ps.setString(i++, by.label());
                Sql.setText(ps, i++, draft.receiptNo().orElse(null));
                if (draft.lineNo().isPresent()) {
                    ps.setInt(i++, draft.lineNo().get());
                } else {
                    ps.setNull(i++, Types.INTEGER);
                }
                ps.setString(i++, draft.customerName().strip());
                ps.setString(i++, phone);
                ps.setString(i++, draft.description().strip());
                Sql.setText(ps, i++, draft.sku().orElse(null));
                ps.setString(i++, draft.metal().code());
                ps.setString(i++, draft.stones().stream().map(Stone::code).sorted().collect(Collectors.joining(";")));
                Sql.setText(ps, i++, draft.sale().map(s -> s.purchaseDate().toString()).orElse(null));
                setCents(ps, i++, draft.sale().map(s -> s.listPrice().movePointRight(2).longValueExact()));
                setCents(ps, i++, draft.sale().map(s -> s.paidPrice().movePointRight(2).longValueExact()));
                ps.setString(i++, draft.complaint().strip());
                ps.setString(i++, draft.notes().strip());
                ps.setString(i++, draft.findings().stream().sorted().collect(Collectors.joining(";")));
                ps.setString(i++, decision.policyId());
                ps.setString(i++, decision.policyVersion());
                ps.setString(i++, decision.verdict().name());
                ps.setInt(i++, decision.warrantyMonths());
                Sql.setText(ps, i++, decision.warrantyEnds().map(LocalDate::toString).orElse(null));
                ps.setString(i++, finalVerdict.name());
                Sql.setText(ps, i++, draft.override().map(o -> o.verdict().name()).orElse(null));
                Sql.setText(ps, i++, manager.map(Staff::label).orElse(null));
                Sql.setText(ps, i++, draft.override().map(o -> o.reason().strip()).orElse(null));
                ps.setString(i++, json);
                Sql.setText(ps, i++, by.staffNo().orElse(null));
                Sql.setText(ps, i, manager.map(Staff::staffNo).orElse(null));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    claimId = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO claim_photo (claim_id, position, sha256, media_type, file_name) VALUES (?, ?, ?, ?, ?)")) {
                int position = 1;
                for (Photo photo : draft.photos()) {
                    ps.setLong(1, claimId);
                    ps.setInt(2, position++);
                    ps.setString(3, photo.sha256());
                    ps.setString(4, photo.mediaType());
                    ps.setString(5, photo.fileName());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("receipt", draft.receiptNo().map(r -> r + "/" + draft.lineNo().orElse(0)).orElse("walk-in"));
            details.put("policy", decision.policyLabel());
            details.put("policy_verdict", decision.verdict().name());
            details.put("final_verdict", finalVerdict.name());
            details.put("findings", draft.findings().stream().sorted().toList());
            details.put("photos", draft.photos().size());
            audit.append(c, by, AuditAction.CLAIM_SAVED, "claim " + claimId, details);
            if (draft.override().isPresent()) {
                audit.append(c, by, AuditAction.VERDICT_OVERRIDDEN, "claim " + claimId, Map.of(
                        "policy_verdict", decision.verdict().name(), "verdict", finalVerdict.name(),
                        "reason", draft.override().get().reason().strip()));
            }
            return claimId;
        });
        return get(id).orElseThrow();
    }

    public Optional<ClaimSummary> get(long id) {
        return store.read(c -> select(c, "c.id = ?", List.of(id))).stream().findFirst();
    }

    /** Earlier claims on the same receipt line, newest first: a repair never extends the warranty. */
    public List<ClaimSummary> earlierClaims(String receiptNo, int lineNo) {
        return store.read(c -> select(c, "c.receipt_no = ? AND c.line_no = ?", List.of(receiptNo, lineNo)));
    }

    /** The decision as it was shown when the claim was saved. */
    public String decisionJson(long id) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT decision_json FROM claim WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    public List<Photo> photos(long id) {
        return store.read(c -> {
            List<Photo> photos = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT sha256, media_type, file_name FROM claim_photo WHERE claim_id = ? ORDER BY position")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        photos.add(new Photo(rs.getString(1), rs.getString(2), rs.getString(3)));
                    }
                }
            }
            return photos;
        });
    }

    private static List<ClaimSummary> select(Connection c, String where, List<Object> args) throws SQLException {
        List<ClaimSummary> claims = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT c.id, c.uuid, c.created_at, c.staff_name, c.receipt_no, "
                + "c.line_no, c.customer_name, c.customer_phone, c.item_description, c.complaint, c.findings, "
                + "c.policy_verdict, c.final_verdict, c.override_verdict, c.override_by, c.override_reason, "
                + "c.decision_json, c.policy_id, c.policy_version, "
                + "(SELECT count(*) FROM claim_photo p WHERE p.claim_id = c.id) "
                + "FROM claim c WHERE " + where + " ORDER BY c.created_at DESC, c.id DESC")) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Optional<VerdictOverride> override = Optional.ofNullable(rs.getString(14))
                            .map(v -> new VerdictOverride(Verdict.valueOf(v), rsString(rs, 16)));
                    int lineNo = rs.getInt(6);
                    Optional<Integer> line = rs.wasNull() ? Optional.empty() : Optional.of(lineNo);
                    claims.add(new ClaimSummary(rs.getLong(1), rs.getString(2), StoredTime.decode(rs.getLong(3)), rs.getString(4),
                            Optional.ofNullable(rs.getString(5)), line, rs.getString(7), rs.getString(8), rs.getString(9),
                            rs.getString(10), codes(rs.getString(11)), Verdict.valueOf(rs.getString(12)),
                            Verdict.valueOf(rs.getString(13)), override, flagCodes(rs.getString(17)),
                            rs.getString(18) + "@" + rs.getString(19), rs.getInt(20),
                            Optional.ofNullable(rs.getString(15))));
                }
            }
        }
        return claims;
    }

    private static String rsString(ResultSet rs, int column) {
        try {
            return rs.getString(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> codes(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(";"));
    }

    private static List<String> flagCodes(String json) {
        try {
            List<String> codes = new ArrayList<>();
            JSON.readTree(json).path("flags").forEach(f -> codes.add(f.path("code").asText()));
            return codes;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A stored decision is not JSON", e);
        }
    }

    static String decisionJson(Decision decision, List<Clause> terms) {
        ObjectNode root = JSON.createObjectNode();
        root.put("policy", decision.policyLabel());
        root.put("verdict", decision.verdict().name());
        root.put("claimDate", decision.claimDate().toString());
        root.put("warrantyMonths", decision.warrantyMonths());
        root.put("warrantyEnds", decision.warrantyEnds().map(LocalDate::toString).orElse(null));
        ArrayNode flags = root.putArray("flags");
        for (Flag flag : decision.flags()) {
            ObjectNode f = clause(flags.addObject(), flag.clause());
            f.put("code", flag.code());
            if (!flag.because().isEmpty()) {
                ArrayNode because = f.putArray("because");
                flag.because().forEach(b -> bilingual(because.addObject(), b));
            }
        }
        if (decision.coverage().isPresent()) {
            clause(root.putObject("coverage"), decision.coverage().get());
        } else {
            root.putNull("coverage");
        }
        ArrayNode accepted = root.putArray("terms");
        terms.forEach(t -> clause(accepted.addObject(), t));
        return root.toString();
    }

    private static ObjectNode clause(ObjectNode node, Clause clause) {
        node.put("id", clause.id());
        bilingual(node.putObject("title"), clause.title());
        bilingual(node.putObject("text"), clause.text());
        return node;
    }

    private static void bilingual(ObjectNode node, Bilingual text) {
        node.put("en", text.en());
        node.put("zh", text.zh());
    }

    private static void setCents(PreparedStatement ps, int index, Optional<Long> cents) throws SQLException {
        if (cents.isPresent()) {
            ps.setLong(index, cents.get());
        } else {
            ps.setNull(index, Types.INTEGER);
        }
    }
}
