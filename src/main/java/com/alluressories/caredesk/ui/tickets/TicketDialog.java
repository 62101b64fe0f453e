package com.alluressories.caredesk.ui.tickets;

import com.alluressories.caredesk.ticket.TicketAction;
import com.alluressories.caredesk.ui.DialogService;
import com.alluressories.caredesk.ui.FormDialog;
import com.alluressories.caredesk.ui.I18n;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * What the ticket forms share: a title from the action, labelled rows, fields marked by ControlsFX
 * with what their view model finds wrong, and the refusal said when OK is pressed anyway.
 */
abstract class TicketDialog implements FormDialog {
    private static final ObservableBooleanValue ALWAYS = new ReadOnlyBooleanWrapper(true);
    protected final I18n i18n;
    private final DialogService dialogs;
    private final String title;
    private final String okText;
    private final ValidationSupport validation = new ValidationSupport();

    TicketDialog(I18n i18n, DialogService dialogs, String title, String okText) {
        this.i18n = i18n;
        this.dialogs = dialogs;
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

    /** Rows of a label (a key) and its field. */
    GridPane grid(Object... labelsAndFields) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        for (int i = 0; i < labelsAndFields.length; i += 2) {
            Label label = new Label(i18n.get((String) labelsAndFields[i]));
            label.setMinWidth(Region.USE_PREF_SIZE); // a label is read whole, never cut short
            grid.add(label, 0, i / 2);
            grid.add((Node) labelsAndFields[i + 1], 1, i / 2);
        }
        return grid;
    }

    /**
     * Marks the field with the model's problem once something is typed in it (an empty required
     * field is marked as required, not as wrong, until OK is pressed).
     */
    void check(Control field, boolean required, Supplier<Optional<Problem>> problem) {
        validation.registerValidator(field, required, (Control c, Object value) -> {
            Optional<Problem> found = problem.get();
            boolean typed = value != null && !value.toString().isBlank();
            return ValidationResult.fromErrorIf(c, found.map(p -> p.words(i18n)).orElse(""), typed && found.isPresent());
        });
    }

    /** OK pressed: true when there is no problem; otherwise the first one is said and the form stays open. */
    boolean acceptUnless(Optional<Problem> problem) {
        problem.ifPresent(p -> dialogs.showError(i18n.get("tickets.title"), p.words(i18n)));
        return problem.isEmpty();
    }
}
