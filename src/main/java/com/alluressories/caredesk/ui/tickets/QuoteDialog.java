package com.alluressories.caredesk.ui.tickets;

import com.alluressories.caredesk.ticket.TicketAction;
import com.alluressories.caredesk.ui.I18n;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** The quote: the amount (the first field, {@code #amountField}, required) and a note. */
final class QuoteDialog extends TicketDialog {
    private final QuoteForm form;
    private final TextField amount = new TextField();
    private final GridPane content;

    QuoteDialog(QuoteForm form, I18n i18n) {
        super(i18n, title(i18n, TicketAction.QUOTE), i18n.get("tickets.dialog.ok"));
        this.form = form;
        amount.setId("amountField");
        amount.textProperty().bindBidirectional(form.amountProperty());
        TextField note = new TextField();
        note.textProperty().bindBidirectional(form.noteProperty());
        check(amount, form::amountProblem);
        content = grid("tickets.dialog.amount", amount, "tickets.dialog.note", note);
    }

    @Override
    public Node content() {
        return content;
    }

    @Override
    public Node firstField() {
        return amount;
    }

    @Override
    boolean modelAccepts() {
        return form.problems().isEmpty();
    }
}
