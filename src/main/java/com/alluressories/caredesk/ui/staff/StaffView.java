package com.alluressories.caredesk.ui.staff;

import com.alluressories.caredesk.staff.IdleLockSetting;
import com.alluressories.caredesk.staff.NotAllowedException;
import com.alluressories.caredesk.staff.Role;
import com.alluressories.caredesk.staff.Staff;
import com.alluressories.caredesk.ui.Converters;
import com.alluressories.caredesk.ui.DialogService;
import com.alluressories.caredesk.ui.ErrorWords;
import com.alluressories.caredesk.ui.I18n;
import com.alluressories.caredesk.ui.ScreenView;
import com.alluressories.caredesk.ui.Subscriptions;
import com.alluressories.caredesk.ui.ViewLoader;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Staff (F5): the list, add, deactivate or bring back, reset a PIN, and the idle lock. Managers only. */
public final class StaffView implements ScreenView {
    @FXML private VBox gate;
    @FXML private VBox body;
    @FXML private Button askManagerButton;
    @FXML private TableView<Staff> table;
    @FXML private TableColumn<Staff, String> noColumn;
    @FXML private TableColumn<Staff, String> nameColumn;
    @FXML private TableColumn<Staff, String> roleColumn;
    @FXML private TableColumn<Staff, String> activeColumn;
    @FXML private Button deactivateButton;
    @FXML private Button resetPinButton;
    @FXML private TextField newNoField;
    @FXML private TextField newNameField;
    @FXML private ComboBox<Role> newRoleBox;
    @FXML private PasswordField newPinField;
    @FXML private Spinner<Integer> idleSpinner;
    @FXML private Label messageLabel;

    private final StaffViewModel model;
    private final I18n i18n;
    private final DialogService dialogs;
    private final Parent root;
    private final Subscriptions subs = new Subscriptions();

    public StaffView(StaffViewModel model, I18n i18n, DialogService dialogs) {
        this.model = model;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.root = ViewLoader.load(this, i18n.bundle());
    }

    @FXML
    private void initialize() {
        gate.visibleProperty().bind(model.authorizedProperty().not());
        body.visibleProperty().bind(model.authorizedProperty());
        table.setItems(model.staff());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.get("staff.empty")));
        noColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().staffNo()));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        roleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(i18n.get("role." + c.getValue().role().name())));
        activeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                i18n.get(c.getValue().active() ? "staff.active" : "staff.inactive")));
        deactivateButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        resetPinButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        deactivateButton.textProperty().bind(Bindings.createStringBinding(() -> {
            Staff s = table.getSelectionModel().getSelectedItem();
            return i18n.get(s != null && !s.active() ? "staff.reactivate" : "staff.deactivate");
        }, table.getSelectionModel().selectedItemProperty()));
        newRoleBox.getItems().setAll(Role.values());
        newRoleBox.setValue(Role.STAFF);
        newRoleBox.setConverter(Converters.showing(r -> i18n.get("role." + r.name())));
        idleSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                (int) IdleLockSetting.MIN.toMinutes(), (int) IdleLockSetting.MAX.toMinutes(),
                (int) model.idleLockProperty().get().toMinutes()));
        subs.onChange(model.idleLockProperty(), (obs, old, now) -> idleSpinner.getValueFactory().setValue((int) now.toMinutes()));
        messageLabel.textProperty().bind(Bindings.createStringBinding(() -> describe(model.errorProperty().get()),
                model.errorProperty()));
    }

    private String describe(Throwable error) {
        if (error == null) {
            return "";
        }
        if (error instanceof NotAllowedException) {
            return i18n.get("managers.only");
        }
        return ErrorWords.of(i18n, error);
    }

    @FXML
    private void askManager() {
        model.askManager();
    }

    @FXML
    private void add() {
        model.add(newNoField.getText(), newNameField.getText(), newRoleBox.getValue(), newPinField.getText(), () -> {
            newNoField.clear();
            newNameField.clear();
            newRoleBox.setValue(Role.STAFF);
            newPinField.clear(); // only once added: a refused form keeps what was typed, the PIN too
            dialogs.showInfo(i18n.get("staff.title"), i18n.get("staff.added"));
        });
    }

    @FXML
    private void toggleActive() {
        Staff s = table.getSelectionModel().getSelectedItem();
        if (s != null) {
            model.setActive(s, !s.active());
        }
    }

    @FXML
    private void resetPin() {
        Staff s = table.getSelectionModel().getSelectedItem();
        if (s == null) {
            return;
        }
        PasswordField pin = new PasswordField();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle(i18n.get("staff.resetPin"));
        dialog.setHeaderText(i18n.get("staff.resetPin.text", s.label()));
        dialog.getDialogPane().setContent(new VBox(8, new Label(i18n.get("signin.pin")), pin));
        ButtonType ok = new ButtonType(i18n.get("staff.resetPin"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, new ButtonType(i18n.get("common.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        javafx.application.Platform.runLater(pin::requestFocus);
        dialog.showAndWait().filter(ok::equals).ifPresent(b -> model.resetPin(s, pin.getText(),
                () -> dialogs.showInfo(i18n.get("staff.resetPin"), i18n.get("staff.resetPin.done", s.label()))));
    }

    @FXML
    private void saveIdle() {
        Integer minutes = idleSpinner.getValue();
        if (minutes != null) {
            model.setIdleLock(minutes, () -> dialogs.showInfo(i18n.get("staff.idle"), i18n.get("staff.idle.done", minutes)));
        }
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void focusMainField() {
        if (model.authorizedProperty().get()) {
            model.refresh();
            table.requestFocus();
        } else {
            askManagerButton.requestFocus();
        }
    }

    @Override
    public void dispose() {
        subs.dispose();
    }
}
