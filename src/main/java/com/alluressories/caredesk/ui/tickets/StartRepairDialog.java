package com.alluressories.caredesk.ui.tickets;

import com.alluressories.caredesk.ticket.TicketAction;
import com.alluressories.caredesk.ui.DatePickers;
import com.alluressories.caredesk.ui.I18n;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** A warranty repair to the bench: where, when it is expected back (not before today), a note. */
final class StartRepairDialog extends TicketDialog {
    private final StartRepairForm form;
    private final TextField workshop = new TextField();
    private final DatePicker expected;
    private final GridPane content;

    StartRepairDialog(StartRepairForm form, I18n i18n) {
        super(i18n, title(i18n, TicketAction.START_REPAIR), i18n.get("tickets.dialog.ok"));
        this.form = form;
        workshop.textProperty().bindBidirectional(form.workshopProperty());
        expected = DatePickers.create(form.expectedProperty().get(), i18n.locale());
        expected.valueProperty().bindBidirectional(form.expectedProperty());
        check(expected, form::expectedProblem);
        TextField note = new TextField();
        note.textProperty().bindBidirectional(form.noteProperty());
        content = grid("tickets.dialog.workshop", workshop, "tickets.dialog.expected", expected,
                "tickets.dialog.note", note);
    }

    @Override
    public Node content() {
        return content;
    }

    @Override
    public Node firstField() {
        return workshop;
    }

    @Override
    void beforeOk() {
        DatePickers.commit(expected); // a date typed but not yet entered counts
    }

    @Override
    boolean modelAccepts() {
        return form.problems().isEmpty();
    }
}
