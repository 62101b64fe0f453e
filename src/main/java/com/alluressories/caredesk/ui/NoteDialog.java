package com.alluressories.caredesk.ui;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/**
 * A step staff describe in a few words, with an optional choice of what it is about — a dispute
 * (about the charge or the work), how it was settled, how a piece was disposed of, how a missing
 * piece was found. OK only once there are words.
 */
public final class NoteDialog<T> implements FormDialog {
    private final I18n i18n;
    private final String title;
    private final String okText;
    private final VBox content;
    private final ComboBox<T> choice = new ComboBox<>();
    private final TextArea note = new TextArea();
    private final ObservableBooleanValue ok;

    /** @param choices what the step is about (none: no choice shown), worded by {@code words} */
    public NoteDialog(I18n i18n, String title, String intro, String noteLabel, String okText, List<T> choices,
               java.util.function.Function<T, String> words) {
        this.i18n = i18n;
        this.title = title;
        this.okText = okText;
        Label introLabel = new Label(intro);
        introLabel.setWrapText(true);
        introLabel.setMaxWidth(520);
        content = new VBox(8, introLabel);
        content.setPrefWidth(540);
        if (!choices.isEmpty()) {
            choice.getItems().setAll(choices);
            choice.setConverter(Converters.showing(words));
            choice.getSelectionModel().selectFirst();
            choice.setId("noteChoice");
            content.getChildren().add(choice);
        }
        Label label = new Label(noteLabel);
        label.setLabelFor(note);
        note.setId("noteText");
        note.setWrapText(true);
        note.setPrefRowCount(3);
        Keyboard.tabMovesOn(note);
        content.getChildren().addAll(label, note);
        ok = Bindings.createBooleanBinding(() -> !note.getText().isBlank(), note.textProperty());
    }

    public Optional<T> choice() {
        return Optional.ofNullable(choice.getValue());
    }

    public String note() {
        return note.getText().strip();
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public Node content() {
        return content;
    }

    @Override
    public String okText() {
        return okText;
    }

    @Override
    public String cancelText() {
        return i18n.get("common.cancel");
    }

    @Override
    public Node firstField() {
        return choice.getItems().isEmpty() ? note : choice;
    }

    @Override
    public ObservableBooleanValue okAllowed() {
        return ok;
    }

    @Override
    public boolean accept() {
        return !note().isEmpty();
    }
}
