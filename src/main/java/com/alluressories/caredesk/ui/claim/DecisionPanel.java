package com.alluressories.caredesk.ui.claim;

import com.alluressories.caredesk.claim.ClaimSummary;
import com.alluressories.caredesk.policy.Bilingual;
import com.alluressories.caredesk.policy.Clause;
import com.alluressories.caredesk.policy.Decision;
import com.alluressories.caredesk.policy.Flag;
import com.alluressories.caredesk.policy.Policy;
import com.alluressories.caredesk.policy.Verdict;
import com.alluressories.caredesk.ui.Formats;
import com.alluressories.caredesk.ui.I18n;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The right of claim intake, as the policy sees the claim: the verdict (and what the policy said
 * when a manager overrode it), the warranty line, the clause that covers and every clause that
 * excludes (with why), earlier claims on the same item, and the terms the customer accepts.
 */
final class DecisionPanel {
    private final ClaimIntakeViewModel model;
    private final I18n i18n;
    private final Label verdictLabel;
    private final Label warrantyLabel;
    private final VBox flagsBox;
    private final VBox earlierBox;
    private final VBox termsBox;

    DecisionPanel(ClaimIntakeViewModel model, I18n i18n, Label verdictLabel, Label warrantyLabel, VBox flagsBox,
                  VBox earlierBox, VBox termsBox) {
        this.model = model;
        this.i18n = i18n;
        this.verdictLabel = verdictLabel;
        this.warrantyLabel = warrantyLabel;
        this.flagsBox = flagsBox;
        this.earlierBox = earlierBox;
        this.termsBox = termsBox;
    }

    void showDecision() {
        Decision decision = model.decisionProperty().get();
        Verdict verdict = model.finalVerdictProperty().get();
        verdictLabel.getStyleClass().removeIf(s -> s.startsWith("verdict-"));
        flagsBox.getChildren().clear();
        if (decision == null) {
            verdictLabel.setText(i18n.get("claim.decision.needsMetal"));
            warrantyLabel.setText("");
            return;
        }
        verdictLabel.setText(i18n.get("verdict." + verdict.name()));
        verdictLabel.getStyleClass().add("verdict-" + verdict.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (verdict != decision.verdict()) {
            Label policySaid = new Label(i18n.get("claim.decision.overridden", i18n.get("verdict." + decision.verdict().name())));
            policySaid.getStyleClass().add("warning-text");
            policySaid.setWrapText(true);
            flagsBox.getChildren().add(policySaid);
        }
        warrantyLabel.setText(warrantyText(decision));
        decision.coverage().ifPresent(c -> flagsBox.getChildren().add(clauseCard(c, "clause-covered")));
        for (Flag flag : decision.flags()) {
            VBox card = clauseCard(flag.clause(), "clause-excluded");
            // How the policy's words cover a finding the clause does not name (physical damage, say).
            for (Bilingual why : flag.because()) {
                Label line = new Label(why.in(i18n.locale()));
                line.setWrapText(true);
                line.getStyleClass().add("clause-why");
                card.getChildren().add(line);
            }
            flagsBox.getChildren().add(card);
        }
    }

    private String warrantyText(Decision d) {
        if (d.hasFlag(Policy.NO_PROOF_OF_PURCHASE)) {
            return i18n.get("claim.warranty.noReceipt", d.warrantyMonths());
        }
        if (d.hasFlag(Policy.FINAL_SALE)) {
            return i18n.get("claim.warranty.finalSale");
        }
        String end = Formats.date(d.warrantyEnds().orElseThrow(), i18n.locale());
        if (d.hasFlag(Policy.WARRANTY_EXPIRED)) {
            return i18n.get("claim.warranty.expired", end);
        }
        return i18n.get("claim.warranty.until", end, d.daysLeft().orElse(0L));
    }

    private VBox clauseCard(Clause clause, String style) {
        Label title = new Label(clause.title().in(i18n.locale()));
        title.getStyleClass().add("clause-title");
        Label text = new Label(clause.text().in(i18n.locale()));
        text.setWrapText(true);
        VBox card = new VBox(2, title, text);
        card.getStyleClass().addAll("clause", style);
        card.setId("clause-" + clause.id());
        return card;
    }

    void showTerms() {
        termsBox.getChildren().clear();
        for (Clause term : model.terms()) {
            Label text = new Label("• " + term.text().in(i18n.locale()));
            text.setWrapText(true);
            termsBox.getChildren().add(text);
        }
    }

    void showEarlier() {
        earlierBox.getChildren().clear();
        if (model.earlierClaims().isEmpty()) {
            return;
        }
        Label title = new Label(i18n.get("claim.earlier.title", model.earlierClaims().size()));
        title.getStyleClass().add("section-title");
        earlierBox.getChildren().add(title);
        for (ClaimSummary claim : model.earlierClaims()) {
            Label entry = new Label(i18n.get("claim.earlier.entry", Formats.date(claim.createdAt().toLocalDate(),
                    i18n.locale()), i18n.get("verdict." + claim.finalVerdict().name()), claim.complaint()));
            entry.setWrapText(true);
            earlierBox.getChildren().add(entry);
        }
        Label note = new Label(i18n.get("claim.earlier.note"));
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        earlierBox.getChildren().add(note);
    }
}
