package com.alluressories.caredesk.ui.tickets;

import com.alluressories.caredesk.ui.I18n;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * Pickup: what the customer pays, the last 4 digits of their phone ({@code #last4Field}, digits
 * only) with what is wrong with them said right under them ({@code #last4Error}, the form staying
 * open), and the manager override ({@code #pickupOverrideCheck}) with its reason
 * ({@code #overrideReasonField}) right there.
 */
final class PickupDialog extends TicketDialog {
    private final PickupForm form;
    private final TextField last4 = new DigitsField();
    private final VBox content;

    PickupDialog(PickupForm form, I18n i18n) {
        super(i18n, i18n.get("tickets.pickup.title", form.ticket().ticketNo()), i18n.get("tickets.pickup.confirm"));
        this.form = form;
        last4.setId("last4Field");
        last4.textProperty().bindBidirectional(form.last4Property());
        CheckBox override = new CheckBox(i18n.get("tickets.pickup.override"));
        override.setId("pickupOverrideCheck");
        override.selectedProperty().bindBidirectional(form.overrideProperty());
        Label manager = new Label(i18n.get("tickets.pickup.approval"));
        manager.setWrapText(true);
        manager.setMaxWidth(360);
        TextField reason = new TextField();
        reason.setId("overrideReasonField");
        reason.textProperty().bindBidirectional(form.reasonProperty());
        manager.disableProperty().bind(form.overrideProperty().not());
        reason.disableProperty().bind(form.overrideProperty().not());
        Label charge = new Label(i18n.get("tickets.pickup.charge", form.toPay().format()));
        charge.getStyleClass().add("section-title");
        check(last4, form::last4Problem, form.overrideProperty()).setId("last4Error");
        check(reason, form::reasonProblem, form.overrideProperty());
        form.overrideProperty().addListener((obs, was, now) -> Platform.runLater(this::fit));
        // The override comes after the digits it replaces; its reason and the manager's part follow it.
        GridPane digits = grid("tickets.pickup.last4", last4);
        GridPane overrideForm = grid("tickets.pickup.reason", reason, "tickets.pickup.manager", manager);
        content = new VBox(10, charge, digits, override, overrideForm);
    }

    @Override
    public Node content() {
        return content;
    }

    @Override
    public Node firstField() {
        return last4;
    }

    /** Too few digits, wrong digits or an override without its reason keep the form open. */
    @Override
    boolean modelAccepts() {
        return form.confirm();
    }

    /**
     * The last-4 field: only digits go in (a pasted "45-67" gives 4567), and no more than 4 of them.
     * (Not a TextFormatter: a field with one keeps Escape for itself, and Escape closes the form.)
     */
    private static final class DigitsField extends TextField {
        @Override
        public void replaceText(int start, int end, String text) {
            String digits = PickupForm.digitsOf(text);
            String next = getText().substring(0, start) + digits + getText().substring(end);
            if (PickupForm.fitsLast4(next)) {
                super.replaceText(start, end, digits);
            }
        }
    }
}
