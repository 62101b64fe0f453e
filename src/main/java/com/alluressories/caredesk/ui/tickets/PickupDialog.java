package com.alluressories.caredesk.ui.tickets;

import com.alluressories.caredesk.ui.DialogService;
import com.alluressories.caredesk.ui.I18n;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * Pickup: what the customer pays, the last 4 digits of their phone ({@code #last4Field}) with a
 * mismatch said right under them ({@code #last4Error}, the form staying open), and the manager
 * override ({@code #pickupOverrideCheck}) with its reason ({@code #overrideReasonField}) right there.
 */
final class PickupDialog extends TicketDialog {
    private final PickupForm form;
    private final TextField last4 = new TextField();
    private final VBox content;

    PickupDialog(PickupForm form, I18n i18n, DialogService dialogs) {
        super(i18n, dialogs, i18n.get("tickets.pickup.title", form.ticket().ticketNo()), i18n.get("tickets.pickup.confirm"));
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
        Label mismatch = new Label();
        mismatch.setId("last4Error");
        mismatch.getStyleClass().add("field-error");
        mismatch.setWrapText(true);
        mismatch.setMaxWidth(360);
        mismatch.managedProperty().bind(mismatch.textProperty().isNotEmpty());
        form.mismatchProperty().addListener((obs, old, now) -> mismatch.setText(now == null ? "" : now.words(i18n)));
        form.overrideProperty().addListener((obs, was, now) -> Platform.runLater(this::fit));
        // The override comes after the digits it replaces; its reason and the manager's part follow it.
        GridPane digits = grid("tickets.pickup.last4", last4);
        GridPane overrideForm = grid("tickets.pickup.reason", reason, "tickets.pickup.manager", manager);
        content = new VBox(10, charge, digits, mismatch, override, overrideForm);
    }

    @Override
    public Node content() {
        return content;
    }

    @Override
    public Node firstField() {
        return last4;
    }

    @Override
    public ObservableBooleanValue okAllowed() {
        return form.canConfirmProperty();
    }

    /** Wrong digits keep the form open, the mismatch said and the digits selected for typing again. */
    @Override
    public boolean accept() {
        if (form.confirm()) {
            return true;
        }
        last4.requestFocus();
        last4.selectAll();
        fit();
        return false;
    }

    private void fit() {
        if (content.getScene() != null && content.getScene().getWindow() != null) {
            content.getScene().getWindow().sizeToScene();
        }
    }
}
