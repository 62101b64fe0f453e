package com.alluressories.caredesk.ui.notices;

import com.alluressories.caredesk.notice.NoticeKind;
import com.alluressories.caredesk.notice.NoticeSettings;
import com.alluressories.caredesk.notice.NoticeTemplate;
import com.alluressories.caredesk.text.Bundles;
import com.alluressories.caredesk.ui.Converters;
import com.alluressories.caredesk.ui.ErrorWords;
import com.alluressories.caredesk.ui.FormDialog;
import com.alluressories.caredesk.ui.I18n;
import com.alluressories.caredesk.ui.Keyboard;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * A manager's settings for telling customers: the days after "ready" when reminders fall due, and
 * the wording of one message in one language (placeholders in braces; CareDesk's own wording one
 * click away). Checked here before anything is saved: a day list that is not one, a placeholder
 * that does not exist, one the message must keep.
 */
final class NoticeSettingsDialog implements FormDialog {
    private final I18n i18n;
    private final VBox content;
    private final TextField days = new TextField();
    private final ComboBox<NoticeKind> kind = new ComboBox<>();
    private final ComboBox<Locale> language = new ComboBox<>();
    private final TextArea wording = new TextArea();
    private final Label problem = new Label();
    /** Wordings changed in this visit, by message and language: switching to another keeps them. */
    private final Map<Wording, String> edited = new LinkedHashMap<>();
    private final BiFunction<NoticeKind, Locale, String> current;
    private Wording shown;

    /** One message in one language. */
    record Wording(NoticeKind kind, Locale language) {
    }

    /**
     * @param current the wording in force for a kind and language
     * @param original CareDesk's own wording
     */
    NoticeSettingsDialog(I18n i18n, String reminderDays, BiFunction<NoticeKind, Locale, String> current,
                         BiFunction<NoticeKind, Locale, String> original) {
        this.i18n = i18n;
        this.current = current;
        Label daysLabel = new Label(i18n.get("notices.settings.days"));
        daysLabel.setLabelFor(days);
        days.setId("settingsDays");
        days.setText(reminderDays);
        days.setPrefColumnCount(14);
        kind.setId("settingsKind");
        kind.getItems().setAll(Arrays.asList(NoticeKind.values()));
        kind.setConverter(Converters.showing(k -> i18n.get("notices.kind." + k.name())));
        language.setId("settingsLanguage");
        language.getItems().setAll(Bundles.LOCALES);
        language.setConverter(Converters.showing(l -> i18n.get("notices.language." + l.getLanguage())));
        Label wordingLabel = new Label(i18n.get("notices.settings.wording"));
        wordingLabel.setLabelFor(kind);
        wording.setId("settingsWording");
        wording.setWrapText(true);
        wording.setPrefRowCount(8);
        Keyboard.tabMovesOn(wording);
        Runnable load = () -> {
            if (kind.getValue() != null && language.getValue() != null) {
                keepShown();
                shown = new Wording(kind.getValue(), language.getValue());
                wording.setText(edited.getOrDefault(shown, current.apply(shown.kind(), shown.language())));
                problem.setText("");
            }
        };
        kind.valueProperty().addListener((obs, old, now) -> load.run());
        language.valueProperty().addListener((obs, old, now) -> load.run());
        kind.setValue(NoticeKind.READY);
        language.setValue(i18n.locale().getLanguage().equals("zh") ? Bundles.CHINESE : Bundles.ENGLISH);
        Button reset = new Button(i18n.get("notices.settings.original"));
        reset.setId("settingsOriginal");
        reset.setOnAction(e -> wording.setText(original.apply(kind.getValue(), language.getValue())));
        Label placeholders = new Label(i18n.get("notices.settings.placeholders", String.join(" ",
                NoticeTemplate.PLACEHOLDERS.stream().sorted().map(p -> "{" + p + "}").toList())));
        placeholders.setWrapText(true);
        placeholders.setMaxWidth(600);
        placeholders.getStyleClass().add("muted");
        problem.setId("settingsProblem");
        problem.setWrapText(true);
        problem.setMaxWidth(600);
        problem.getStyleClass().add("field-error");
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        FlowPane daysRow = new FlowPane(10, 8, daysLabel, days);
        daysRow.setAlignment(Pos.CENTER_LEFT);
        FlowPane which = new FlowPane(10, 8, wordingLabel, kind, language, reset);
        which.setAlignment(Pos.CENTER_LEFT);
        content = new VBox(10, daysRow, which, wording, placeholders, problem);
        content.setPrefWidth(640);
    }

    String reminderDays() {
        return days.getText();
    }

    /** Keeps the wording shown if it was changed. */
    private void keepShown() {
        if (shown != null && !wording.getText().equals(current.apply(shown.kind(), shown.language()))) {
            edited.put(shown, wording.getText());
        }
    }

    /** Every wording changed in this visit (an empty one puts CareDesk's own back). */
    Map<Wording, String> wordings() {
        keepShown();
        return Map.copyOf(edited);
    }

    @Override
    public String title() {
        return i18n.get("notices.settings.title");
    }

    @Override
    public Node content() {
        return content;
    }

    @Override
    public String okText() {
        return i18n.get("notices.settings.save");
    }

    @Override
    public String cancelText() {
        return i18n.get("common.cancel");
    }

    @Override
    public Node firstField() {
        return days;
    }

    @Override
    public ObservableBooleanValue okAllowed() {
        return new ReadOnlyBooleanWrapper(true);
    }

    /** Says what is wrong, on the form, and keeps it open; saves nothing until both hold. */
    @Override
    public boolean accept() {
        if (NoticeSettings.days(days.getText()).isEmpty()) {
            problem.setText(i18n.get("notice.settings.badDays", days.getText().strip(), NoticeSettings.MAX_REMINDER_DAY,
                    NoticeSettings.MAX_REMINDERS));
            days.requestFocus();
            return false;
        }
        for (Map.Entry<Wording, String> w : wordings().entrySet()) {
            if (!w.getValue().isBlank()) {
                try {
                    NoticeTemplate.of(w.getValue()).requireAll(NoticeSettings.required(w.getKey().kind()));
                } catch (RuntimeException e) {
                    kind.setValue(w.getKey().kind()); // the wording that is wrong, on screen
                    language.setValue(w.getKey().language());
                    problem.setText(ErrorWords.of(i18n, e));
                    wording.requestFocus();
                    return false;
                }
            }
        }
        return true;
    }
}
