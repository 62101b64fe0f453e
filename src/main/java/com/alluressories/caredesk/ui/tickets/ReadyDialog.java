package com.alluressories.caredesk.ui.tickets;

import com.alluressories.caredesk.ticket.Outcome;
import com.alluressories.caredesk.ticket.TicketAction;
import com.alluressories.caredesk.ui.Converters;
import com.alluressories.caredesk.ui.I18n;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** Back at the counter: the outcome (the first field), the final charge, a note. */
final class ReadyDialog extends TicketDialog {
    private final ReadyForm form;
    private final ComboBox<Outcome> outcome = new ComboBox<>();
    private final GridPane content;

    ReadyDialog(ReadyForm form, I18n i18n) {
        super(i18n, title(i18n, TicketAction.READY), i18n.get("tickets.dialog.ok"));
        this.form = form;
        outcome.getItems().setAll(form.outcomes());
        outcome.setConverter(Converters.showing(o -> i18n.get("outcome." + o.name())));
        outcome.valueProperty().bindBidirectional(form.outcomeProperty());
        TextField charge = new TextField();
        charge.textProperty().bindBidirectional(form.chargeProperty());
        charge.setDisable(!form.chargeEditable());
        TextField note = new TextField();
        note.textProperty().bindBidirectional(form.noteProperty());
        if (form.chargeEditable()) {
            check(charge, form::chargeProblem);
        }
        content = grid("tickets.dialog.outcome", outcome, "tickets.dialog.charge", charge, "tickets.dialog.note", note);
    }

    @Override
    public Node content() {
        return content;
    }

    @Override
    public Node firstField() {
        return outcome;
    }

    @Override
    boolean modelAccepts() {
        return form.problems().isEmpty();
    }
}
