package com.alluressories.caredesk.ui.shell;

import com.alluressories.caredesk.ui.DatePickers;
import com.alluressories.caredesk.ui.I18n;
import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The dialog after a saved claim: what was saved, the promised date (ready to change), and one
 * button, the default, that opens the ticket. It cannot be closed without: the piece is in the
 * shop's hands, it gets its ticket.
 */
final class OpenTicketView {
    private final OpenTicketViewModel model;
    private final I18n i18n;
    private final DatePicker promised;

    OpenTicketView(OpenTicketViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        this.promised = DatePickers.create(model.promisedProperty().get(), i18n.locale());
        promised.setId("promisedPicker");
        promised.valueProperty().bindBidirectional(model.promisedProperty());
    }

    /** Shows the dialog and waits for the button; the promised date is in the model after. */
    void showAndWait(Window owner, List<String> stylesheets) {
        Label text = new Label(i18n.get("tickets.open.text", model.claim().id(),
                i18n.get("verdict." + model.claim().finalVerdict().name())));
        text.setWrapText(true);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("tickets.open.title"));
        dialog.setHeaderText(i18n.get("tickets.open.title"));
        dialog.getDialogPane().getStylesheets().addAll(stylesheets);
        dialog.getDialogPane().setContent(new VBox(10, text, new HBox(10, new Label(i18n.get("tickets.open.promised")),
                promised)));
        ButtonType open = new ButtonType(i18n.get("tickets.open.confirm"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(open);
        dialog.getDialogPane().lookupButton(open).setId("openTicketButton");
        dialog.setOnCloseRequest(e -> {
            if (dialog.getResult() == null) {
                e.consume();
            }
        });
        dialog.showAndWait();
        DatePickers.commit(promised);
        promised.valueProperty().unbindBidirectional(model.promisedProperty());
    }
}
