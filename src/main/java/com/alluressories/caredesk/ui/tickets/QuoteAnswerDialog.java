package com.alluressories.caredesk.ui.tickets;

import com.alluressories.caredesk.ticket.TicketAction;
import com.alluressories.caredesk.ui.DatePickers;
import com.alluressories.caredesk.ui.I18n;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * The customer's answer to a quote: how they answered (the first field), and for an approval
 * where the piece is repaired and when it is expected back (not before today); a note.
 */
final class QuoteAnswerDialog extends TicketDialog {
    private final QuoteAnswerForm form;
    private final TextField how = new TextField();
    private final DatePicker expected;
    private final GridPane content;

    QuoteAnswerDialog(QuoteAnswerForm form, I18n i18n) {
        super(i18n, title(i18n, form.approve() ? TicketAction.APPROVE_QUOTE : TicketAction.DECLINE_QUOTE),
                i18n.get("tickets.dialog.ok"));
        this.form = form;
        how.setPromptText(i18n.get("tickets.dialog.how.prompt"));
        how.textProperty().bindBidirectional(form.howProperty());
        check(how, form::howProblem);
        TextField note = new TextField();
        note.textProperty().bindBidirectional(form.noteProperty());
        if (form.approve()) {
            how.setId("howField");
            TextField workshop = new TextField();
            workshop.textProperty().bindBidirectional(form.workshopProperty());
            expected = DatePickers.create(form.expectedProperty().get(), i18n.locale());
            expected.valueProperty().bindBidirectional(form.expectedProperty());
            check(expected, form::expectedProblem);
            content = grid("tickets.dialog.how", how, "tickets.dialog.workshop", workshop, "tickets.dialog.expected",
                    expected, "tickets.dialog.note", note);
        } else {
            expected = null;
            content = grid("tickets.dialog.how", how, "tickets.dialog.note", note);
        }
    }

    @Override
    public Node content() {
        return content;
    }

    @Override
    public Node firstField() {
        return how;
    }

    @Override
    void beforeOk() {
        if (expected != null) {
            DatePickers.commit(expected); // a date typed but not yet entered counts
        }
    }

    @Override
    boolean modelAccepts() {
        return form.problems().isEmpty();
    }
}
