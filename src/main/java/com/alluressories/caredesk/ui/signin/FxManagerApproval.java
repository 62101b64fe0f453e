package com.alluressories.caredesk.ui.signin;

import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.Permission;
import com.alluressories.caredesk.staff.Session;
import com.alluressories.caredesk.staff.StaffService;
import com.alluressories.caredesk.ui.I18n;
import com.alluressories.caredesk.ui.ManagerApproval;
import com.alluressories.caredesk.ui.TaskRunner;
import com.alluressories.caredesk.ui.signin.SignInViewModel.Message;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A manager's approval on the spot: a signed-in manager has it already; otherwise a small dialog
 * asks for a manager's staff number and PIN, checked off the FX thread. A wrong PIN keeps the
 * dialog open with the reason (and counts towards that manager's lockout).
 */
public final class FxManagerApproval implements ManagerApproval {
    private final Window owner;
    private final StaffService staff;
    private final Session session;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final List<String> stylesheets;

    public FxManagerApproval(Window owner, StaffService staff, Session session, TaskRunner tasks, I18n i18n,
                             List<String> stylesheets) {
        this.owner = owner;
        this.staff = staff;
        this.session = session;
        this.tasks = tasks;
        this.i18n = i18n;
        this.stylesheets = stylesheets;
    }

    @Override
    public void request(Permission permission, Consumer<Actor> approved) {
        Actor current = session.get();
        if (current.holds(permission)) {
            approved.accept(current);
            return;
        }
        TextField managerNo = new TextField();
        managerNo.setId("approvalStaffNo");
        PasswordField pin = new PasswordField();
        pin.setId("approvalPin");
        Label why = new Label(i18n.get("approval.text", i18n.get("permission." + permission.name()), current.label()));
        Label message = new Label();
        message.setId("approvalMessage");
        message.getStyleClass().add("lock-message");
        // Both are read whole: sized for their wrapped height, and the dialog grows when a refusal is said.
        for (Label label : new Label[] {why, message}) {
            label.setWrapText(true);
            label.setPrefWidth(420);
            label.setMaxWidth(420);
            label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        message.textProperty().addListener((obs, old, now) -> Platform.runLater(() -> {
            if (message.getScene() != null) {
                message.getScene().getWindow().sizeToScene();
            }
        }));
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        form.addRow(0, new Label(i18n.get("approval.managerNo")), managerNo);
        form.addRow(1, new Label(i18n.get("signin.pin")), pin);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("approval.title"));
        dialog.setHeaderText(i18n.get("approval.title"));
        dialog.getDialogPane().getStylesheets().addAll(stylesheets);
        dialog.getDialogPane().setContent(new VBox(12, why, form, message));
        ButtonType approve = new ButtonType(i18n.get("approval.approve"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(approve, cancel);
        Node approveButton = dialog.getDialogPane().lookupButton(approve);
        approveButton.setId("approveButton");
        managerNo.setOnAction(e -> pin.requestFocus());
        Actor[] result = {null};
        approveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog closes only once the PIN checks out
            String number = managerNo.getText();
            String typed = pin.getText();
            pin.clear();
            dialog.getDialogPane().setDisable(true);
            tasks.run(() -> staff.approve(current, number, typed, permission), outcome -> {
                dialog.getDialogPane().setDisable(false);
                if (outcome.ok()) {
                    result[0] = outcome.actor().orElseThrow();
                    dialog.setResult(approve);
                    dialog.close();
                } else {
                    message.setText(SignInViewModel.refusal(outcome).words(i18n));
                    pin.requestFocus();
                }
            }, error -> {
                dialog.getDialogPane().setDisable(false);
                message.setText(Message.error(error).words(i18n));
            });
        });
        Platform.runLater(managerNo::requestFocus);
        dialog.showAndWait();
        if (result[0] != null) {
            approved.accept(result[0]);
        }
    }
}
