package com.alluressories.caredesk.claim;

import com.alluressories.caredesk.claim.ClaimRepository.NewClaim;
import com.alluressories.caredesk.policy.Claim;
import com.alluressories.caredesk.policy.Clause;
import com.alluressories.caredesk.policy.Decision;
import com.alluressories.caredesk.policy.Policy;
import com.alluressories.caredesk.policy.Verdict;
import com.alluressories.caredesk.receipt.PhoneNumber;
import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.AuditAction;
import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.staff.Permission;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.text.HkidCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Claims at the counter: the policy's decision for what staff ticked, the terms the customer
 * accepts, and saving it all — with the decision exactly as shown — in one transaction. The
 * checks, the transaction and the audit entries are here; the tables are {@link ClaimRepository}'s.
 */
public final class ClaimService {
    private static final Logger LOG = LoggerFactory.getLogger(ClaimService.class);
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
        LocalDate claimDate = draft.sale().map(s -> s.purchaseDate().isAfter(today) ? s.purchaseDate() : today)
                .orElse(today);
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
        // No HKID number is ever kept (PDPO, DPP1: not necessary for a repair), whatever field it is typed in.
        Map<String, String> words = new LinkedHashMap<>();
        words.put("customerName", draft.customerName());
        words.put("description", draft.description());
        words.put("complaint", draft.complaint());
        words.put("notes", draft.notes());
        draft.override().ifPresent(o -> words.put("overrideReason", o.reason()));
        words.forEach((field, text) -> {
            if (HkidCheck.holdsOne(text)) {
                problems.put(field, ClaimProblem.HKID);
            }
        });
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
     * @throws ClaimException when the draft has problems (see {@link #problems})
     * @throws ClaimException too while no shop is set up ({@code shop}): a claim and its ticket carry its code
     * @throws com.alluressories.caredesk.staff.NotAllowedException when an override has no manager behind it
     */
    public ClaimSummary save(ClaimDraft draft, Actor by) {
        Map<String, ClaimProblem> problems = problems(draft);
        if (!problems.isEmpty()) {
            throw new ClaimException(problems);
        }
        String shop = shopCode.get();
        if (shop == null) {
            throw new ClaimException(Map.of("shop", ClaimProblem.REQUIRED));
        }
        if (draft.override().isPresent()) {
            by.require(Permission.OVERRIDE_VERDICT);
        }
        Decision decision = decide(draft);
        Verdict finalVerdict = finalVerdict(decision, draft.override());
        NewClaim claim = new NewClaim(UUID.randomUUID().toString(), LocalDateTime.now(clock), shop, by,
                draft.override().flatMap(o -> by.manager()), draft,
                PhoneNumber.normalize(draft.customerPhone()).orElseThrow(), decision, finalVerdict,
                DecisionJson.write(decision, terms(finalVerdict)));
        Map<String, String> photoData = photoData(draft.photos());
        long id = store.write(c -> {
            long claimId = ClaimRepository.insert(c, claim, photoData);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("receipt", draft.receiptNo().map(r -> r + "/" + draft.lineNo().orElse(0)).orElse("walk-in"));
            details.put("policy", decision.policyLabel());
            details.put("policy_verdict", decision.verdict().name());
            details.put("final_verdict", finalVerdict.name());
            details.put("findings", draft.findings().stream().sorted().toList());
            details.put("photos", draft.photos().size());
            audit.append(c, by, AuditAction.CLAIM_SAVED, "claim " + claimId, details);
            if (draft.override().isPresent()) {
                // The reason stays on the claim: words typed about a customer are personal data, and
                // the audit trail, which can never be edited, holds none.
                audit.append(c, by, AuditAction.VERDICT_OVERRIDDEN, "claim " + claimId, Map.of(
                        "policy_verdict", decision.verdict().name(), "verdict", finalVerdict.name()));
            }
            return claimId;
        });
        return get(id).orElseThrow();
    }

    public Optional<ClaimSummary> get(long id) {
        return store.read(c -> ClaimRepository.select(c, "id = ?", List.of(id))).stream().findFirst();
    }

    /** Earlier claims on the same receipt line, newest first: a repair never extends the warranty. */
    public List<ClaimSummary> earlierClaims(String receiptNo, int lineNo) {
        return store.read(c -> ClaimRepository.select(c, "receipt_no = ? AND line_no = ?", List.of(receiptNo, lineNo)));
    }

    /** The decision as it was shown when the claim was saved; null for a claim that does not exist. */
    public String decisionJson(long id) {
        return store.read(c -> ClaimRepository.decisionJson(c, id)).orElse(null);
    }

    /**
     * The claim's photos, in order. A photo taken at another PC of the chain arrives in the store;
     * its file is written here the first time it is asked for.
     */
    public List<Photo> photos(long id) {
        List<Photo> photos = store.read(c -> ClaimRepository.photos(c, id));
        Path folder = PhotoStore.folder(store.dataDir());
        for (Photo photo : photos) {
            Path file = PhotoStore.file(folder, photo.sha256(), photo.mediaType());
            if (!Files.exists(file)) {
                store.read(c -> ClaimRepository.photoData(c, photo.sha256())).ifPresent(data -> {
                    try {
                        PhotoStore.write(file, Base64.getDecoder().decode(data));
                    } catch (IOException | IllegalArgumentException e) {
                        LOG.warn("Photo {} of claim {} could not be written: {}", photo.sha256(), id, e.toString());
                    }
                });
            }
        }
        return photos;
    }

    /** The bytes of the draft's photos (base64, by SHA-256); a file gone since it was attached is logged and left out. */
    private Map<String, String> photoData(List<Photo> photos) {
        Path folder = PhotoStore.folder(store.dataDir());
        Map<String, String> data = new HashMap<>();
        for (Photo photo : photos) {
            Path file = PhotoStore.file(folder, photo.sha256(), photo.mediaType());
            try {
                data.put(photo.sha256(), Base64.getEncoder().encodeToString(Files.readAllBytes(file)));
            } catch (IOException e) {
                LOG.warn("Photo {} could not be read to go with its claim: {}", file, e.toString());
            }
        }
        return data;
    }
}
