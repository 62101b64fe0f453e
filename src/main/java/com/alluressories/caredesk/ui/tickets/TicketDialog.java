package com.alluressories.caredesk.ui.tickets;

import com.alluressories.caredesk.ticket.TicketAction;
import com.alluressories.caredesk.ui.FieldCheck;
import com.alluressories.caredesk.ui.FormDialog;
import com.alluressories.caredesk.ui.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * What the ticket forms share: a title from the action, labelled rows, and each checked field's
 * problem (the view model's to find) shown the way claim intake shows it: the field in the theme's
 * danger state and the words right under it, once the field has been typed in or left for another
 * field, or OK pressed.
 * OK can always be pressed; with a problem the form stays open and the first wrong field takes the keyboard.
 */
abstract class TicketDialog implements FormDialog {
    private static final ObservableBooleanValue ALWAYS = new ReadOnlyBooleanWrapper(true);
    protected final I18n i18n;
    private final String title;
    private final String okText;
    private final List<FieldCheck> checks = new ArrayList<>();

    TicketDialog(I18n i18n, String title, String okText) {
        this.i18n = i18n;
        this.title = title;
        this.okText = okText;
    }

    /** The title of an action's form: the action's button without its ellipsis. */
    static String title(I18n i18n, TicketAction action) {
        return i18n.get("tickets.action." + action.name()).replace("…", "");
    }

    @Override
    public String title() {
        return title;
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
    public ObservableBooleanValue okAllowed() {
        return ALWAYS;
    }

    /** Rows of a label (a key) and its field; a checked field has its problem's words under it. */
    GridPane grid(Object... labelsAndFields) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        for (int i = 0; i < labelsAndFields.length; i += 2) {
            Label label = new Label(i18n.get((String) labelsAndFields[i]));
            label.setMinWidth(Region.USE_PREF_SIZE); // a label is read whole, never cut short
            Node field = (Node) labelsAndFields[i + 1];
            Node cell = checks.stream().filter(c -> c.field() == field).findFirst().map(c -> {
                // The label stays level with the field when words appear under it.
                GridPane.setValignment(label, VPos.TOP);
                label.minHeightProperty().bind(c.field().heightProperty());
                return (Node) new VBox(2, c.field(), c.words());
            }).orElse(field);
            grid.add(label, 0, i / 2);
            grid.add(cell, 1, i / 2);
        }
        return grid;
    }

    /**
     * Checks a field with the model's {@code problem}, looked at again whenever one of
     * {@code dependsOn} changes; call before laying the field out with {@link #grid}. Returns the
     * label the words go in.
     */
    Label check(Control field, Supplier<Optional<Problem>> problem, Observable... dependsOn) {
        FieldCheck check = new FieldCheck(field, () -> problem.get().map(p -> p.words(i18n)));
        checks.add(check);
        field.focusedProperty().addListener((obs, was, now) -> {
            // Left for another field of the form: touched. Not when the keyboard goes to OK or Cancel
            // (OK says it all at once; words appearing on the press would move the button from under
            // the mouse) nor when the window loses the keyboard.
            if (was && !now && field.getScene() != null && inForm(field.getScene().getFocusOwner())) {
                check.touch();
                showProblems();
            }
        });
        Observable value = field instanceof TextInputControl t ? t.textProperty()
                : field instanceof ComboBoxBase<?> b ? b.valueProperty() : null;
        if (value != null) {
            value.addListener(o -> {
                check.touch();
                showProblems();
            });
        }
        for (Observable o : dependsOn) {
            o.addListener(x -> showProblems());
        }
        return check.words();
    }

    private boolean inForm(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == content()) {
                return true;
            }
        }
        return false;
    }

    /** Before the model is asked on OK (a date typed but not yet entered counts, say). */
    void beforeOk() {
    }

    /** OK pressed, every field now counting as touched: true when the model takes the form as it is. */
    abstract boolean modelAccepts();

    /** OK pressed: true closes the form; otherwise its problems are shown and the first wrong field is focused. */
    @Override
    public final boolean accept() {
        beforeOk();
        checks.forEach(FieldCheck::touch);
        boolean accepted = modelAccepts();
        showProblems();
        if (accepted) {
            return true;
        }
        FieldCheck.focusFirstProblem(checks);
        return false;
    }

    private void showProblems() {
        FieldCheck.showAll(checks, content());
    }

    /** The window follows its content when something under a field appears or goes. */
    void fit() {
        FieldCheck.fit(content());
    }


}
