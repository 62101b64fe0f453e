package com.alluressories.caredesk.ui.lookup;

import com.alluressories.caredesk.ui.I18n;
import com.alluressories.caredesk.ui.ViewLoader;
import com.alluressories.caredesk.ui.shell.ScreenView;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.TextField;

/** Receipt lookup: one field for whatever the customer has (receipt, phone, name, SKU). */
public final class ReceiptLookupView implements ScreenView {
    @FXML private TextField searchField;

    private final ReceiptLookupViewModel model;
    private final Parent root;

    public ReceiptLookupView(ReceiptLookupViewModel model, I18n i18n) {
        this.model = model;
        this.root = ViewLoader.load(this, i18n.bundle());
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(model.queryProperty());
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void focusMainField() {
        searchField.requestFocus();
    }
}
