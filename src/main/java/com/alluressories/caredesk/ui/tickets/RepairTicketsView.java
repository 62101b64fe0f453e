package com.alluressories.caredesk.ui.tickets;

import com.alluressories.caredesk.ui.I18n;
import com.alluressories.caredesk.ui.ViewLoader;
import com.alluressories.caredesk.ui.shell.ScreenView;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.TextField;

/** Repair tickets: the search field for a ticket number; the list arrives with tickets themselves. */
public final class RepairTicketsView implements ScreenView {
    @FXML private TextField ticketSearchField;

    private final Parent root;

    public RepairTicketsView(I18n i18n) {
        this.root = ViewLoader.load(this, i18n.bundle());
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void focusMainField() {
        ticketSearchField.requestFocus();
    }
}
