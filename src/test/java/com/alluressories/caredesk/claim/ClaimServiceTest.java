package com.alluressories.caredesk.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.alluressories.caredesk.policy.Metal;
import com.alluressories.caredesk.policy.Policy;
import com.alluressories.caredesk.policy.PolicyLoader;
import com.alluressories.caredesk.policy.Sale;
import com.alluressories.caredesk.policy.Stone;
import com.alluressories.caredesk.policy.Verdict;
import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.staff.NotAllowedException;
import com.alluressories.caredesk.staff.StaffFixture;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.text.Bundles;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimServiceTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Hong_Kong"));
    static final Sale SALE = new Sale(LocalDate.parse("2026-11-01"), new BigDecimal("1280"), new BigDecimal("1280"));

    @TempDir
    Path dir;
    Store store;
    ClaimService claims;

    @BeforeEach
    void open() {
        store = Store.open(dir);
        claims = new ClaimService(store, PolicyLoader.bundled(), CLOCK, () -> "CWB", () -> StaffFixture.staff("2001", "Amy Lee"), new AuditLog(store, CLOCK));
    }

    @AfterEach
    void close() {
        store.close();
    }

    static ClaimDraft draft(Set<String> findings, Optional<VerdictOverride> override, boolean accepted) {
        return new ClaimDraft(Optional.of("CWB-1"), Optional.of(1), Optional.of(SALE), "Pearl bracelet",
                Optional.of("BS-PRL-04"), Metal.SILVER, Set.of(Stone.PEARL), "Chan Tai Man", "+852 9123 4567",
                "The clasp does not close", "", findings, List.of(), override, accepted);
    }

    @Test
    void aSavedClaimHoldsTheDecisionAsShownWithPolicyIdAndVersion() {
        ClaimSummary saved = claims.save(draft(Set.of("MANUFACTURING_DEFECT", "POLISH_SOAK"), Optional.empty(), true));
        assertThat(saved.policyVerdict()).isEqualTo(Verdict.PARTIAL_WARRANTY);
        assertThat(saved.finalVerdict()).isEqualTo(Verdict.PARTIAL_WARRANTY);
        assertThat(saved.flags()).containsExactly("MISUSE");
        assertThat(saved.policyLabel()).isEqualTo("alluressories-hk-warranty@2026.1");
        assertThat(saved.customerPhone()).isEqualTo("91234567");
        assertThat(saved.staffName()).isEqualTo("Amy Lee (2001)");
        assertThat(saved.uuid()).hasSize(36);
        String json = claims.decisionJson(saved.id());
        assertThat(json).contains("\"verdict\":\"PARTIAL_WARRANTY\"").contains("\"warrantyEnds\":\"2027-02-01\"")
                .contains("silver polish").contains("銀器清潔劑").contains("Alluressories warranty covers manufacturing defects")
                .contains("CHARGEABLE_AFTER_EXAMINATION");
    }

    @Test
    void aLaterPolicyChangeNeverRewritesAStoredClaim() throws Exception {
        ClaimSummary saved = claims.save(draft(Set.of("TARNISH"), Optional.empty(), true));
        String before = claims.decisionJson(saved.id());
        String text;
        try (InputStream in = PolicyLoader.class.getResourceAsStream(PolicyLoader.BUNDLED)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Policy changed = PolicyLoader.load(new java.io.ByteArrayInputStream(text
                .replace("policy.version = 2026.1", "policy.version = 2027.1")
                .replace("Tarnishing is not covered under the warranty.", "Tarnish is now covered.")
                .getBytes(StandardCharsets.UTF_8)), "changed");
        ClaimService later = new ClaimService(store, changed, CLOCK, () -> "CWB", () -> StaffFixture.staff("2001", "Amy Lee"), new AuditLog(store, CLOCK));
        assertThat(later.decisionJson(saved.id())).isEqualTo(before).contains("Tarnishing is not covered");
        assertThat(later.get(saved.id()).orElseThrow().policyLabel()).isEqualTo("alluressories-hk-warranty@2026.1");
    }

    @Test
    void anOverrideKeepsBothVerdictsWhoAndWhy() {
        VerdictOverride override = new VerdictOverride(Verdict.WARRANTY_REPAIR, "Loyal customer");
        ClaimDraft draft = draft(Set.of("WORN_PRONG"), Optional.of(override), true);
        assertThatThrownBy(() -> claims.save(draft)).isInstanceOf(NotAllowedException.class);
        assertThat(claims.earlierClaims("CWB-1", 1)).isEmpty();
        Actor approved = StaffFixture.approved(StaffFixture.staff("2001", "Amy Lee"), "1001", "Mandy Wong");
        ClaimSummary saved = claims.save(draft, approved);
        assertThat(saved.policyVerdict()).isEqualTo(Verdict.CHARGEABLE_REPAIR);
        assertThat(saved.finalVerdict()).isEqualTo(Verdict.WARRANTY_REPAIR);
        assertThat(saved.override()).contains(override);
        assertThat(saved.staffName()).isEqualTo("Amy Lee (2001)");
        assertThat(saved.overrideBy()).contains("Mandy Wong (1001)");
    }

    @Test
    void everyColumnIsStoredUnderItsOwnName() {
        VerdictOverride override = new VerdictOverride(Verdict.WARRANTY_REPAIR, " Loyal customer ");
        Actor approved = StaffFixture.approved(StaffFixture.staff("2001", "Amy Lee"), "1001", "Mandy Wong");
        ClaimDraft draft = new ClaimDraft(Optional.of("CWB-7"), Optional.of(3), Optional.of(new Sale(
                LocalDate.parse("2026-11-01"), new BigDecimal("1280.50"), new BigDecimal("999.9"))), " Pearl bracelet ",
                Optional.of("BS-PRL-04"), Metal.SILVER, Set.of(Stone.PEARL, Stone.DIAMOND), " Chan Tai Man ", "9123 4567",
                " Clasp ", " Kept the box ", Set.of("WORN_PRONG", "POLISH_SOAK"), List.of(), Optional.of(override), true);
        long id = claims.save(draft, approved).id();
        java.util.Map<String, Object> row = store.read(c -> {
            try (var ps = c.prepareStatement("SELECT * FROM claim WHERE id = ?")) {
                ps.setLong(1, id);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    java.util.Map<String, Object> columns = new java.util.TreeMap<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        columns.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
                    }
                    return columns;
                }
            }
        });
        assertThat(row).containsEntry("shop_code", "CWB").containsEntry("staff_name", "Amy Lee (2001)")
                .containsEntry("staff_no", "2001").containsEntry("receipt_no", "CWB-7").containsEntry("line_no", 3)
                .containsEntry("customer_name", "Chan Tai Man").containsEntry("customer_phone", "91234567")
                .containsEntry("item_description", "Pearl bracelet").containsEntry("sku", "BS-PRL-04")
                .containsEntry("metal", Metal.SILVER.code())
                .containsEntry("stones", "DIAMOND;PEARL")
                .containsEntry("purchase_date", "2026-11-01").containsEntry("list_price_cents", 128050)
                .containsEntry("paid_price_cents", 99990).containsEntry("complaint", "Clasp")
                .containsEntry("notes", "Kept the box").containsEntry("findings", "POLISH_SOAK;WORN_PRONG")
                .containsEntry("policy_id", "alluressories-hk-warranty").containsEntry("policy_version", "2026.1")
                .containsEntry("final_verdict", "WARRANTY_REPAIR").containsEntry("override_verdict", "WARRANTY_REPAIR")
                .containsEntry("override_by", "Mandy Wong (1001)").containsEntry("override_by_no", "1001")
                .containsEntry("override_reason", "Loyal customer");
        assertThat(row.get("policy_verdict")).isNotEqualTo("WARRANTY_REPAIR");
        assertThat(row.get("decision_json")).isEqualTo(claims.decisionJson(id));
        assertThat((String) row.get("uuid")).hasSize(36);
    }

    @Test
    void aWalkInClaimHasNoProofOfPurchase() {
        ClaimDraft walkIn = new ClaimDraft(Optional.empty(), Optional.empty(), Optional.empty(), "Gold ring",
                Optional.empty(), Metal.GOLD_18K, Set.of(), "Wong Mei Ling", "61234567", "Stone loose", "",
                Set.of("MANUFACTURING_DEFECT"), List.of(), Optional.empty(), true);
        ClaimSummary saved = claims.save(walkIn);
        assertThat(saved.flags()).containsExactly("NO_PROOF_OF_PURCHASE");
        assertThat(saved.finalVerdict()).isEqualTo(Verdict.CHARGEABLE_REPAIR);
        assertThat(saved.receiptNo()).isEmpty();
    }

    @Test
    void problemsNameEachFieldAndNothingIsSavedWhileThereAreAny() {
        ClaimDraft bad = new ClaimDraft(Optional.of("CWB-1"), Optional.of(1), Optional.of(SALE), "Pearl bracelet",
                Optional.empty(), Metal.SILVER, Set.of(), " ", "9123 456", " ", "", Set.of("WORN_PRONG"), List.of(),
                Optional.of(new VerdictOverride(Verdict.CHARGEABLE_REPAIR, " ")), false);
        assertThat(claims.problems(bad)).containsEntry("customerName", ClaimProblem.REQUIRED)
                .containsEntry("customerPhone", ClaimProblem.INVALID)
                .containsEntry("complaint", ClaimProblem.REQUIRED)
                .containsEntry("overrideVerdict", ClaimProblem.SAME_AS_POLICY)
                .containsEntry("overrideReason", ClaimProblem.REQUIRED)
                .containsEntry("terms", ClaimProblem.NOT_ACCEPTED);
        assertThatThrownBy(() -> claims.save(bad)).isInstanceOfSatisfying(ClaimException.class, e -> {
            assertThat(e.problems()).isEqualTo(claims.problems(bad));
            assertThat(e.key()).isEqualTo("claim.error.customerName.required");
        });
        assertThat(claims.earlierClaims("CWB-1", 1)).isEmpty();
    }

    @Test
    void aWarrantyRepairCarriesNoChargeTermOtherVerdictsDo() {
        assertThat(claims.terms(Verdict.WARRANTY_REPAIR)).extracting(c -> c.id())
                .doesNotContain("CHARGEABLE_AFTER_EXAMINATION").contains("FINAL_DECISION", "PHOTOS_FOR_REFERENCE");
        assertThat(claims.terms(Verdict.PARTIAL_WARRANTY)).hasSize(5);
        assertThat(claims.terms(Verdict.PENDING_INSPECTION)).hasSize(5);
    }

    @Test
    void earlierClaimsOnTheSameLineComeNewestFirstAndKeepTheOriginalPurchaseDate() {
        claims.save(draft(Set.of("MANUFACTURING_DEFECT"), Optional.empty(), true));
        // A minute later: keys are made from uuids now, so only the time tells which claim came last.
        ClaimService minuteLater = new ClaimService(store, PolicyLoader.bundled(),
                java.time.Clock.offset(CLOCK, java.time.Duration.ofMinutes(1)), () -> "CWB",
                () -> StaffFixture.staff("2001", "Amy Lee"), new AuditLog(store, CLOCK));
        ClaimSummary second = minuteLater.save(draft(Set.of("MANUFACTURING_DEFECT"), Optional.empty(), true));
        assertThat(claims.earlierClaims("CWB-1", 1)).hasSize(2).first().extracting(ClaimSummary::id).isEqualTo(second.id());
        assertThat(claims.decisionJson(second.id())).contains("\"warrantyEnds\":\"2027-02-01\"");
        assertThat(claims.earlierClaims("CWB-1", 2)).isEmpty();
    }

    @Test
    void photosAreStoredByContentOnceAndSavedWithTheClaim() throws Exception {
        PhotoStore photos = new PhotoStore(dir);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        Path a = Files.write(dir.resolve("a.png"), png);
        Path b = Files.write(dir.resolve("copy of a.png"), png);
        Photo first = photos.add(a);
        Photo second = photos.add(b);
        assertThat(first.sha256()).isEqualTo(second.sha256()).hasSize(64);
        assertThat(photos.path(first)).exists().hasBinaryContent(png);
        assertThat(first.mediaType()).isEqualTo("image/png");
        assertThatThrownBy(() -> photos.add(Files.writeString(dir.resolve("receipt.pdf"), "%PDF-1.7")))
                .isInstanceOfSatisfying(NotAnImageException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("receipt.pdf is not a photo (JPEG, PNG, GIF, BMP or WebP)");
                    assertThat(e.words(Bundles.CHINESE)).startsWith("receipt.pdf").contains("並非相片");
                });
        ClaimDraft withPhotos = new ClaimDraft(Optional.of("CWB-1"), Optional.of(1), Optional.of(SALE), "Pearl bracelet",
                Optional.empty(), Metal.SILVER, Set.of(Stone.PEARL), "Chan", "91234567", "Clasp", "", Set.of(),
                List.of(first), Optional.empty(), true);
        ClaimSummary saved = claims.save(withPhotos);
        assertThat(saved.photos()).isEqualTo(1);
        assertThat(claims.photos(saved.id())).containsExactly(first);
    }

    @Test
    void pendingInspectionIsNotAVerdictAManagerCanOverrideTo() {
        ClaimDraft draft = draft(Set.of("WORN_PRONG"), Optional.of(new VerdictOverride(Verdict.PENDING_INSPECTION,
                "Not sure yet")), true);
        assertThat(claims.problems(draft)).containsEntry("overrideVerdict", ClaimProblem.INVALID);
    }

    @Test
    void nothingIsTakenInBeforeTheShopHasItsCode() {
        ClaimService noShop = new ClaimService(store, PolicyLoader.bundled(), CLOCK, () -> null,
                () -> StaffFixture.staff("2001", "Amy Lee"), new AuditLog(store, CLOCK));
        assertThatThrownBy(() -> noShop.save(draft(Set.of("MANUFACTURING_DEFECT"), Optional.empty(), true)))
                .isInstanceOfSatisfying(ClaimException.class, e -> {
                    assertThat(e.key()).isEqualTo("claim.error.shop.required");
                    assertThat(e.problems()).containsExactly(java.util.Map.entry("shop", ClaimProblem.REQUIRED));
                });
        assertThat(claims.earlierClaims("CWB-1", 1)).isEmpty();
    }

    /** No HKID number is kept: typed in the complaint, the notes or a manager's reason, the claim is refused by field and nothing is saved. */
    @Test
    void anHkidNumberInAnyFieldIsRefusedWithTheReason() {
        ClaimDraft plain = draft(Set.of("MANUFACTURING_DEFECT"), Optional.empty(), true);
        ClaimDraft withId = new ClaimDraft(plain.receiptNo(), plain.lineNo(), plain.sale(), plain.description(),
                plain.sku(), plain.metal(), plain.stones(), plain.customerName(), plain.customerPhone(),
                "Clasp broken; HKID A123456(3) shown", "id a1234563", plain.findings(), List.of(), Optional.empty(),
                true);
        assertThat(claims.problems(withId)).containsEntry("complaint", ClaimProblem.HKID)
                .containsEntry("notes", ClaimProblem.HKID);
        assertThatThrownBy(() -> claims.save(withId)).isInstanceOf(ClaimException.class);
        assertThat(Bundles.format(java.util.Locale.ENGLISH, "claim.error.complaint.hkid")).contains("Identity Card");
        assertThat(claims.problems(plain)).isEmpty();
        int saved = store.read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM claim")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(saved).isZero();
    }
}
