package com.alluressories.caredesk.ui.claim;

import com.alluressories.caredesk.claim.ClaimDraft;
import com.alluressories.caredesk.claim.ClaimProblem;
import com.alluressories.caredesk.claim.ClaimService;
import com.alluressories.caredesk.policy.Clause;
import com.alluressories.caredesk.policy.Decision;
import com.alluressories.caredesk.policy.Verdict;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * What the policy makes of the claim as it stands, worked out again on every change: its decision,
 * the verdict after a manager's override, the terms the customer accepts, and what still keeps the
 * claim from being saved.
 */
final class ClaimCheck {
    private final ClaimService claims;
    private final ReadOnlyObjectWrapper<Decision> decision = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Verdict> finalVerdict = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Clause> terms = FXCollections.observableArrayList();
    private final ObservableMap<String, ClaimProblem> problems = FXCollections.observableHashMap();

    ClaimCheck(ClaimService claims) {
        this.claims = claims;
    }

    /**
     * Works the claim out again.
     *
     * @param draft        the claim as it stands (empty with no claim, or a walk-in without its metal)
     * @param walkIn       a walk-in: without a draft, its metal is what is missing
     * @param needsShop    a claim in progress while no shop is set up
     * @param termsChanged told when other terms apply, at once (the customer's tick starts again)
     */
    void recompute(Optional<ClaimDraft> draft, boolean walkIn, boolean needsShop, Runnable termsChanged) {
        Map<String, ClaimProblem> now = new LinkedHashMap<>();
        // Listeners of the decision read the final verdict with it: the verdict is set first when there
        // is a decision, and cleared after it when there is none, so the two never disagree.
        if (draft.isEmpty()) {
            decision.set(null);
            finalVerdict.set(null);
            if (!terms.isEmpty()) {
                terms.clear();
                termsChanged.run();
            }
            if (walkIn) {
                now.put("metal", ClaimProblem.REQUIRED);
            }
        } else {
            Decision d = claims.decide(draft.get());
            Verdict v = ClaimService.finalVerdict(d, draft.get().override());
            finalVerdict.set(v == null ? d.verdict() : v);
            decision.set(d);
            List<Clause> shown = claims.terms(finalVerdict.get());
            if (!terms.equals(shown)) {
                // Other terms now apply: the customer accepts the ones shown, so the tick starts again.
                terms.setAll(shown);
                termsChanged.run();
            }
            now.putAll(claims.problems(draft.get()));
        }
        if (needsShop) {
            now.put("shop", ClaimProblem.REQUIRED);
        }
        if (!problems.equals(now)) {
            problems.clear();
            problems.putAll(now);
        }
    }

    ReadOnlyObjectProperty<Decision> decisionProperty() {
        return decision.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Verdict> finalVerdictProperty() {
        return finalVerdict.getReadOnlyProperty();
    }

    ObservableList<Clause> terms() {
        return terms;
    }

    ObservableMap<String, ClaimProblem> problems() {
        return problems;
    }
}
