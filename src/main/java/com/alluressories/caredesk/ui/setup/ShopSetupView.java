package com.alluressories.caredesk.ui.setup;

import com.alluressories.caredesk.ui.I18n;
import com.alluressories.caredesk.ui.ViewLoader;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.stage.Window;

/** The shop setup form, shown in a dialog from the header's "Set up your shop". */
public final class ShopSetupView {
    @FXML private TextField codeField;
    @FXML private TextField nameField;
    @FXML private TextField addressField;
    @FXML private TextField phoneField;
    @FXML private Label codeError;
    @FXML private Label nameError;
    @FXML private Label addressError;
    @FXML private Label phoneError;
    @FXML private Label demoWarning;
    @FXML private javafx.scene.layout.GridPane managerPane;
    @FXML private TextField managerNoField;
    @FXML private TextField managerNameField;
    @FXML private javafx.scene.control.PasswordField managerPinField;
    @FXML private javafx.scene.control.PasswordField managerPinAgainField;
    @FXML private Label managerError;

    private final ShopSetupViewModel model;
    private final I18n i18n;
    private final boolean leavingDemo;
    private final Parent root;

    public ShopSetupView(ShopSetupViewModel model, I18n i18n, boolean leavingDemo) {
        this.model = model;
        this.i18n = i18n;
        this.leavingDemo = leavingDemo;
        this.root = ViewLoader.load(this, i18n.bundle());
    }

    @FXML
    private void initialize() {
        // Shop codes print in capitals; show them so while typing.
        codeField.setTextFormatter(new TextFormatter<String>(change -> {
            change.setText(change.getText().toUpperCase(Locale.ROOT));
            return change;
        }));
        codeField.textProperty().bindBidirectional(model.codeProperty());
        nameField.textProperty().bindBidirectional(model.nameProperty());
        addressField.textProperty().bindBidirectional(model.addressProperty());
        phoneField.textProperty().bindBidirectional(model.phoneProperty());
        showError(codeError, "code");
        showError(nameError, "name");
        showError(addressError, "address");
        showError(phoneError, "phone");
        demoWarning.setVisible(leavingDemo);
        demoWarning.setManaged(leavingDemo);
        managerPane.setVisible(leavingDemo);
        managerPane.setManaged(leavingDemo);
        managerNoField.textProperty().bindBidirectional(model.managerNoProperty());
        managerNameField.textProperty().bindBidirectional(model.managerNameProperty());
        managerPinField.textProperty().bindBidirectional(model.managerPinProperty());
        managerPinAgainField.textProperty().bindBidirectional(model.managerPinAgainProperty());
        showError(managerError, "manager");
    }

    private void showError(Label label, String field) {
        label.textProperty().bind(Bindings.createStringBinding(() -> {
            String key = model.errorProperty(field).get();
            return key.isEmpty() ? "" : i18n.get(key);
        }, model.errorProperty(field)));
    }

    public Parent root() {
        return root;
    }

    public void focusFirstField() {
        codeField.requestFocus();
    }

    /**
     * Shows the form in a dialog over the window: Save only while the form is valid. True when staff
     * saved (the model then holds what to save), false when they cancelled.
     */
    public boolean showAndWait(Window owner, List<String> stylesheets) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("setup.title"));
        dialog.setHeaderText(i18n.get("setup.title"));
        dialog.getDialogPane().getStylesheets().addAll(stylesheets);
        dialog.getDialogPane().setContent(root);
        ButtonType save = new ButtonType(i18n.get("setup.save"), ButtonType.OK.getButtonData());
        ButtonType cancel = new ButtonType(i18n.get("common.cancel"), ButtonType.CANCEL.getButtonData());
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        Node saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.disableProperty().bind(model.validProperty().not());
        Platform.runLater(this::focusFirstField);
        return dialog.showAndWait().filter(save::equals).isPresent();
    }
}
