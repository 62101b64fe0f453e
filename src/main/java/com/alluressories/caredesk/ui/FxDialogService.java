package com.alluressories.caredesk.ui;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * {@link DialogService} with JavaFX alerts and forms owned by the main window, in its stylesheets,
 * their buttons worded in the window's language.
 */
public final class FxDialogService implements DialogService {
    private final Window owner;
    private final I18n i18n;

    public FxDialogService(Window owner, I18n i18n) {
        this.owner = owner;
        this.i18n = i18n;
    }

    @Override
    public void showError(String title, String message) {
        show(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showInfo(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message);
    }

    @Override
    public boolean confirm(String title, String message) {
        ButtonType ok = okButton();
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message, ok,
                new ButtonType(i18n.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        return alert.showAndWait().filter(ok::equals).isPresent();
    }

    @Override
    public boolean showForm(FormDialog form) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(form.title());
        dialog.setHeaderText(form.title());
        if (owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.getDialogPane().setContent(form.content());
        if (form.wide()) {
            // A style, as the theme's cap would win over setMaxWidth.
            dialog.getDialogPane().setStyle("-fx-max-width: 100000;");
        }
        ButtonType okType = new ButtonType(form.okText(), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(okType,
                new ButtonType(form.cancelText(), ButtonBar.ButtonData.CANCEL_CLOSE));
        Node ok = dialog.getDialogPane().lookupButton(okType);
        ok.setId("dialogOkButton");
        ok.disableProperty().bind(Bindings.not(form.okAllowed()));
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (!form.accept()) {
                e.consume();
            }
        });
        // Enter on a choice made (a radio button: "Sent by: WhatsApp") presses OK, as in any Windows
        // dialog; a radio button would otherwise take Enter for itself and nothing would happen.
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.getTarget() instanceof RadioButton && !ok.isDisabled()) {
                e.consume();
                ((Button) ok).fire();
            }
        });
        Keyboard.install(dialog.getDialogPane());
        Node first = form.firstField();
        if (first != null) {
            Platform.runLater(first::requestFocus);
        }
        return dialog.showAndWait().filter(okType::equals).isPresent();
    }

    private void show(Alert.AlertType type, String title, String message) {
        alert(type, title, message, okButton()).showAndWait();
    }

    private ButtonType okButton() {
        return new ButtonType(i18n.get("common.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, message, buttons);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(480);
        return alert;
    }
}
