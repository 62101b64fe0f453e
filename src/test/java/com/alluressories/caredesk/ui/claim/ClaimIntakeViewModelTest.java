package com.alluressories.caredesk.ui.claim;

import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.claim.ClaimProblem;
import com.alluressories.caredesk.claim.ClaimService;
import com.alluressories.caredesk.claim.ClaimSummary;
import com.alluressories.caredesk.claim.PhotoStore;
import com.alluressories.caredesk.policy.Metal;
import com.alluressories.caredesk.policy.PolicyLoader;
import com.alluressories.caredesk.policy.Stone;
import com.alluressories.caredesk.policy.Verdict;
import com.alluressories.caredesk.receipt.Receipt;
import com.alluressories.caredesk.receipt.ReceiptLine;
import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.staff.StaffFixture;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.ui.TaskRunner;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The claim form without a stage: the verdict follows every tick, and validation lives here. */
class ClaimIntakeViewModelTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Hong_Kong"));
    static final Receipt RECEIPT = new Receipt("CWB-1", "CWB", LocalDateTime.parse("2026-11-01T12:00"),
            Optional.of("Chan Tai Man"), Optional.of("91234567"), List.of(new ReceiptLine(1, "BS-PRL-04", "Pearl bracelet",
            Metal.SILVER, Set.of(Stone.PEARL), new BigDecimal("1280.00"), new BigDecimal("1280.00"))));

    @TempDir
    Path dir;
    Store store;
    ClaimIntakeViewModel model;
    int approvalsAsked;
    boolean managerApproves;

    @BeforeEach
    void open() {
        store = Store.open(dir);
        ClaimService claims = new ClaimService(store, PolicyLoader.bundled(), CLOCK, () -> "CWB", () -> StaffFixture.staff("2001", "Amy"), new AuditLog(store, CLOCK));
        model = new ClaimIntakeViewModel(claims, new PhotoStore(dir), TaskRunner.sameThread(), (permission, approved) -> {
            approvalsAsked++;
            if (managerApproves) {
                approved.accept(StaffFixture.approved(StaffFixture.staff("2001", "Amy"), "1001", "Mandy Wong"));
            }
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theVerdictFollowsEveryTick() {
        model.startFromReceipt(RECEIPT, RECEIPT.lines().get(0));
        assertThat(model.customerNameProperty().get()).isEqualTo("Chan Tai Man");
        assertThat(model.customerPhoneProperty().get()).isEqualTo("9123 4567");
        assertThat(model.finalVerdictProperty().get()).isEqualTo(Verdict.PENDING_INSPECTION);
        model.finding("MANUFACTURING_DEFECT").set(true);
        assertThat(model.finalVerdictProperty().get()).isEqualTo(Verdict.WARRANTY_REPAIR);
        assertThat(model.terms()).extracting(t -> t.id()).doesNotContain("CHARGEABLE_AFTER_EXAMINATION");
        model.finding("POLISH_SOAK").set(true);
        assertThat(model.finalVerdictProperty().get()).isEqualTo(Verdict.PARTIAL_WARRANTY);
        assertThat(model.decisionProperty().get().flagCodes()).containsExactly("MISUSE");
        assertThat(model.terms()).extracting(t -> t.id()).contains("CHARGEABLE_AFTER_EXAMINATION");
        model.finding("MANUFACTURING_DEFECT").set(false);
        assertThat(model.finalVerdictProperty().get()).isEqualTo(Verdict.CHARGEABLE_REPAIR);
    }

    /** The language to tell the customer in follows the name until staff choose another; it is saved with the claim. */
    @Test
    void theCustomersLanguageFollowsTheNameUntilChosen() {
        model.startFromReceipt(RECEIPT, RECEIPT.lines().get(0));
        assertThat(model.customerLanguageProperty().get()).isEqualTo(java.util.Locale.ENGLISH);
        model.customerNameProperty().set("陳大文");
        assertThat(model.customerLanguageProperty().get().getLanguage()).isEqualTo("zh");
        model.customerLanguageProperty().set(java.util.Locale.ENGLISH); // the customer asks for English
        model.customerNameProperty().set("陳大文 David");
        assertThat(model.customerLanguageProperty().get()).isEqualTo(java.util.Locale.ENGLISH);
        model.complaintProperty().set("Clasp broken");
        model.termsAcceptedProperty().set(true);
        AtomicReference<ClaimSummary> saved = new AtomicReference<>();
        model.save(saved::set, e -> { });
        String stored = store.read(c -> {
            try (var ps = c.prepareStatement("SELECT customer_language FROM claim WHERE id = ?")) {
                ps.setLong(1, saved.get().id());
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
        assertThat(stored).isEqualTo("en");
        assertThat(model.customerLanguageProperty().get()).isEqualTo(java.util.Locale.ENGLISH); // cleared for the next
    }

    @Test
    void savingNeedsAComplaintAValidPhoneAndTheAcceptedTerms() {
        model.startFromReceipt(RECEIPT, RECEIPT.lines().get(0));
        assertThat(model.canSaveProperty().get()).isFalse();
        assertThat(model.problems()).containsKeys("complaint", "terms");
        model.complaintProperty().set("Clasp broken");
        model.customerPhoneProperty().set("9123 456");
        assertThat(model.problems()).containsEntry("customerPhone", ClaimProblem.INVALID);
        model.customerPhoneProperty().set("+852 9123-4567");
        model.termsAcceptedProperty().set(true);
        assertThat(model.problems()).isEmpty();
        assertThat(model.canSaveProperty().get()).isTrue();
        AtomicReference<ClaimSummary> saved = new AtomicReference<>();
        model.save(saved::set, e -> { });
        assertThat(saved.get().finalVerdict()).isEqualTo(Verdict.PENDING_INSPECTION);
        assertThat(model.modeProperty().get()).isEqualTo(ClaimIntakeViewModel.Mode.EMPTY);
    }

    @Test
    void anOverrideNeedsAnotherVerdictAManagerAndAReason() {
        model.startFromReceipt(RECEIPT, RECEIPT.lines().get(0));
        model.complaintProperty().set("Worn");
        model.finding("WORN_PRONG").set(true);
        model.termsAcceptedProperty().set(true);
        assertThat(model.canSaveProperty().get()).isTrue();
        model.overrideOnProperty().set(true);
        assertThat(model.problems()).containsKeys("overrideVerdict", "overrideReason");
        model.overrideVerdictProperty().set(Verdict.CHARGEABLE_REPAIR);
        assertThat(model.problems()).containsEntry("overrideVerdict", ClaimProblem.SAME_AS_POLICY);
        model.overrideVerdictProperty().set(Verdict.WARRANTY_REPAIR);
        model.overrideReasonProperty().set("Goodwill");
        // The override brings other terms (no repair charge): the customer accepts those.
        assertThat(model.problems()).containsOnlyKeys("terms");
        model.termsAcceptedProperty().set(true);
        assertThat(model.problems()).isEmpty();
        assertThat(model.finalVerdictProperty().get()).isEqualTo(Verdict.WARRANTY_REPAIR);
        assertThat(model.decisionProperty().get().verdict()).isEqualTo(Verdict.CHARGEABLE_REPAIR);
    }

    @Test
    void aWalkInNeedsItsMetalAndHasNoProofOfPurchase() {
        model.startWalkIn();
        assertThat(model.decisionProperty().get()).isNull();
        assertThat(model.problems()).containsEntry("metal", ClaimProblem.REQUIRED);
        model.metalProperty().set(Metal.GOLD_18K);
        model.stones().add(Stone.DIAMOND);
        assertThat(model.decisionProperty().get().flagCodes()).containsExactly("NO_PROOF_OF_PURCHASE");
        assertThat(model.decisionProperty().get().warrantyMonths()).isEqualTo(24);
        assertThat(model.problems()).containsKeys("description", "customerName", "customerPhone");
    }

    @Test
    void anOverrideIsSavedOnlyWithAManagersApprovalAndRecordsBothNames() {
        model.startFromReceipt(RECEIPT, RECEIPT.lines().get(0));
        model.complaintProperty().set("Worn");
        model.finding("WORN_PRONG").set(true);
        model.overrideOnProperty().set(true);
        model.overrideVerdictProperty().set(Verdict.WARRANTY_REPAIR);
        model.overrideReasonProperty().set("Goodwill");
        model.termsAcceptedProperty().set(true);
        java.util.List<com.alluressories.caredesk.claim.ClaimSummary> saved = new java.util.ArrayList<>();
        managerApproves = false;
        model.save(saved::add, e -> { throw new AssertionError(e); });
        assertThat(approvalsAsked).isEqualTo(1);
        assertThat(saved).isEmpty();
        assertThat(model.canSaveProperty().get()).isTrue(); // nothing lost: the form is as it was
        managerApproves = true;
        model.save(saved::add, e -> { throw new AssertionError(e); });
        assertThat(saved).singleElement().satisfies(c -> {
            assertThat(c.staffName()).isEqualTo("Amy (2001)");
            assertThat(c.overrideBy()).contains("Mandy Wong (1001)");
            assertThat(c.finalVerdict()).isEqualTo(Verdict.WARRANTY_REPAIR);
        });
    }

    @Test
    void theDecisionIsNeverSeenWithoutItsFinalVerdict() {
        java.util.List<String> seen = new java.util.ArrayList<>();
        model.decisionProperty().addListener((obs, old, now) -> seen.add((now == null ? "none" : "decision")
                + "/" + (model.finalVerdictProperty().get() == null ? "none" : "verdict")));
        model.startFromReceipt(RECEIPT, RECEIPT.lines().get(0));
        model.finding("MANUFACTURING_DEFECT").set(true);
        model.clear();
        model.startFromReceipt(RECEIPT, RECEIPT.lines().get(0));
        assertThat(seen).isNotEmpty().allMatch(s -> s.equals("decision/verdict") || s.equals("none/none")
                || s.equals("none/verdict"));
    }

    @Test
    void withNoShopSetUpTheClaimSaysSoAndCannotBeSaved() {
        model.shopReadyProperty().set(false);
        model.startFromReceipt(RECEIPT, RECEIPT.lines().get(0));
        model.complaintProperty().set("Clasp");
        model.termsAcceptedProperty().set(true);
        assertThat(model.problems()).containsEntry("shop", ClaimProblem.REQUIRED);
        assertThat(model.canSaveProperty().get()).isFalse();
        model.shopReadyProperty().set(true);
        assertThat(model.problems()).doesNotContainKey("shop");
    }

    @Test
    void whenOtherTermsApplyTheCustomerAcceptsThemAgain() {
        model.startFromReceipt(RECEIPT, RECEIPT.lines().get(0));
        model.complaintProperty().set("Clasp");
        model.termsAcceptedProperty().set(true);
        model.complaintProperty().set("Clasp broken");                 // the same terms: the tick stays
        assertThat(model.termsAcceptedProperty().get()).isTrue();
        assertThat(model.terms()).anyMatch(t -> t.id().equals("CHARGEABLE_AFTER_EXAMINATION"));
        model.finding("MANUFACTURING_DEFECT").set(true);              // a free warranty repair: no repair charge term
        assertThat(model.finalVerdictProperty().get()).isEqualTo(Verdict.WARRANTY_REPAIR);
        assertThat(model.terms()).noneMatch(t -> t.id().equals("CHARGEABLE_AFTER_EXAMINATION"));
        assertThat(model.termsAcceptedProperty().get()).as("other terms: accepted again").isFalse();
    }
}
