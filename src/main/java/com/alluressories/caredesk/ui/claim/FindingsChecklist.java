package com.alluressories.caredesk.ui.claim;

import com.alluressories.caredesk.policy.FindingGroup;
import com.alluressories.caredesk.policy.FindingRule;
import com.alluressories.caredesk.ui.I18n;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/**
 * The findings checklist: the policy's findings by group, each a box with its hint below and its key
 * on it (1–9, 0, then letters; never T, the terms' key), the same key in both languages.
 */
final class FindingsChecklist {
    private final Map<KeyCode, String> findingKeys = new LinkedHashMap<>();

    /** Fills {@code findingsBox} with the groups' boxes, each bound to the model's tick. */
    FindingsChecklist(VBox findingsBox, ClaimIntakeViewModel model, I18n i18n) {
        List<FindingRule> all = model.findingGroups().stream().flatMap(g -> g.findings().stream()).toList();
        List<KeyCode> keys = keys(all.size());
        for (int i = 0; i < keys.size(); i++) {
            findingKeys.put(keys.get(i), all.get(i).code());
        }
        for (FindingGroup group : model.findingGroups()) {
            Label title = new Label(group.label().in(i18n.locale()));
            title.getStyleClass().add("finding-group");
            VBox box = new VBox(4, title);
            for (FindingRule rule : group.findings()) {
                box.getChildren().add(finding(rule, model, i18n));
            }
            findingsBox.getChildren().add(box);
        }
    }

    private VBox finding(FindingRule rule, ClaimIntakeViewModel model, I18n i18n) {
        CheckBox tick = new CheckBox(rule.label().in(i18n.locale()));
        tick.setId("finding-" + rule.code());
        tick.selectedProperty().bindBidirectional(model.finding(rule.code()));
        Label hint = new Label(rule.hint().in(i18n.locale()));
        hint.getStyleClass().addAll("muted", "finding-hint");
        hint.setWrapText(true);
        keyOf(rule.code()).ifPresent(k -> {
            Label key = new Label(k.getName());
            key.getStyleClass().add("shortcut-hint");
            key.setId("key-" + rule.code());
            tick.setGraphic(key);
            tick.setContentDisplay(ContentDisplay.RIGHT);
        });
        return new VBox(0, tick, hint);
    }

    /** The finding a key ticks, if any. */
    Optional<String> findingFor(KeyCode key) {
        return Optional.ofNullable(findingKeys.get(key));
    }

    private Optional<KeyCode> keyOf(String finding) {
        return findingKeys.entrySet().stream().filter(k -> k.getValue().equals(finding)).map(Map.Entry::getKey)
                .findFirst();
    }

    /** The keys of the findings, in the checklist's order: 1–9, 0, then letters (never T, the terms'). */
    static List<KeyCode> keys(int count) {
        List<KeyCode> keys = new ArrayList<>(List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3,
                KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9,
                KeyCode.DIGIT0));
        for (char c = 'A'; c <= 'Z' && keys.size() < count; c++) {
            if (c != 'T') {
                keys.add(KeyCode.getKeyCode(String.valueOf(c)));
            }
        }
        return keys.subList(0, Math.min(count, keys.size()));
    }
}
