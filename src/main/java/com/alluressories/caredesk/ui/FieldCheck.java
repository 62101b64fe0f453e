package com.alluressories.caredesk.ui;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Region;

/**
 * One checked field of a form dialog: the field turns to the theme's danger state and its problem's
 * words show in a small label right under it — once it has been typed in or left, or OK was
 * pressed. The ticket dialogs and "Join the chain…" share it.
 */
public final class FieldCheck {
    private final Control field;
    private final Supplier<Optional<String>> problem;
    private final Label words = new Label();
    private boolean touched;

    /** @param problem what is wrong with the field now, in the window's words; empty when nothing is */
    public FieldCheck(Control field, Supplier<Optional<String>> problem) {
        this.field = field;
        this.problem = problem;
        words.getStyleClass().add("field-error");
        words.setWrapText(true);
        words.setMinHeight(Region.USE_PREF_SIZE);
        words.setMinWidth(0);
        words.prefWidthProperty().bind(field.widthProperty()); // wraps within the field, never widens it
        words.managedProperty().bind(words.textProperty().isNotEmpty());
        words.visibleProperty().bind(words.managedProperty());
    }

    public Control field() {
        return field;
    }

    /** The label the words go in, to lay out under the field. */
    public Label words() {
        return words;
    }

    /** Typed in, left for another field of the form, or OK pressed: its problem may show now. */
    public void touch() {
        touched = true;
    }

    public boolean hasProblem() {
        return problem.get().isPresent();
    }

    /** Shows the problem if touched; true when the words appeared or went (the window may need to fit). */
    public boolean show() {
        Optional<String> found = touched ? problem.get() : Optional.empty();
        field.pseudoClassStateChanged(Styles.STATE_DANGER, found.isPresent());
        if (field instanceof DatePicker d) {
            d.getEditor().pseudoClassStateChanged(Styles.STATE_DANGER, found.isPresent()); // its whole border
        }
        String before = words.getText();
        words.setText(found.orElse(""));
        return before.isEmpty() != words.getText().isEmpty();
    }

    /** Shows every check's problem; the window follows its content when words appeared or went. */
    public static void showAll(List<FieldCheck> checks, Node content) {
        boolean resized = false;
        for (FieldCheck c : checks) {
            resized |= c.show();
        }
        if (resized) {
            Platform.runLater(() -> fit(content));
        }
    }

    /** Focus on the first field with a problem, its text selected so typing again replaces it. */
    public static void focusFirstProblem(List<FieldCheck> checks) {
        checks.stream().filter(FieldCheck::hasProblem).findFirst().ifPresent(c -> {
            c.field.requestFocus();
            if (c.field instanceof TextInputControl t) {
                t.selectAll();
            } else if (c.field instanceof DatePicker d) {
                d.getEditor().selectAll();
            }
        });
    }

    /** The dialog's window takes its content's size again. */
    public static void fit(Node content) {
        if (content.getScene() != null && content.getScene().getWindow() != null) {
            content.getScene().getWindow().sizeToScene();
        }
    }
}
