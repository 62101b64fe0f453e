package com.alluressories.caredesk.ui.privacy;

import com.alluressories.caredesk.privacy.PurgeResult;
import com.alluressories.caredesk.privacy.RetentionSchedule;
import com.alluressories.caredesk.ui.DialogService;
import com.alluressories.caredesk.ui.ErrorWords;
import com.alluressories.caredesk.ui.Formats;
import com.alluressories.caredesk.ui.I18n;
import com.alluressories.caredesk.ui.PrintPreview;
import com.alluressories.caredesk.ui.ScreenView;
import com.alluressories.caredesk.ui.Subscriptions;
import com.alluressories.caredesk.ui.ViewLoader;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Customer data (F9), for managers: the retention schedule with what is due now, a data access
 * request answered as a PDF preview, and a correction of a customer's name and phone.
 */
public final class CustomerDataView implements ScreenView {
    @FXML private VBox gate;
    @FXML private ScrollPane body;
    @FXML private Button askManagerButton;
    @FXML private Label messageLabel;
    @FXML private Label receiptLabel;
    @FXML private Spinner<Integer> receiptSpinner;
    @FXML private Label closedLabel;
    @FXML private Spinner<Integer> closedSpinner;
    @FXML private Label dueLabel;
    @FXML private Label phoneLabel;
    @FXML private TextField phoneField;
    @FXML private Label nameLabel;
    @FXML private TextField nameField;
    @FXML private Label answerLabel;
    @FXML private Label newNameLabel;
    @FXML private TextField newNameField;
    @FXML private Label newPhoneLabel;
    @FXML private TextField newPhoneField;
    @FXML private Label reasonLabel;
    @FXML private TextField reasonField;

    private final CustomerDataViewModel model;
    private final I18n i18n;
    private final DialogService dialogs;
    private final Window owner;
    private final Parent root;
    private final Subscriptions subs = new Subscriptions();

    public CustomerDataView(CustomerDataViewModel model, I18n i18n, DialogService dialogs, Window owner) {
        this.model = model;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.owner = owner;
        this.root = ViewLoader.load(this, i18n.bundle());
    }

    @FXML
    private void initialize() {
        gate.visibleProperty().bind(model.authorizedProperty().not());
        body.visibleProperty().bind(model.authorizedProperty());
        months(receiptSpinner, RetentionSchedule.MIN_RECEIPT_MONTHS, model.receiptMonthsProperty());
        months(closedSpinner, RetentionSchedule.MIN_CLOSED_MONTHS, model.closedMonthsProperty());
        receiptLabel.setLabelFor(receiptSpinner);
        closedLabel.setLabelFor(closedSpinner);
        phoneLabel.setLabelFor(phoneField);
        nameLabel.setLabelFor(nameField);
        newNameLabel.setLabelFor(newNameField);
        newPhoneLabel.setLabelFor(newPhoneField);
        reasonLabel.setLabelFor(reasonField);
        phoneField.textProperty().bindBidirectional(model.phoneProperty());
        nameField.textProperty().bindBidirectional(model.nameProperty());
        newNameField.textProperty().bindBidirectional(model.newNameProperty());
        newPhoneField.textProperty().bindBidirectional(model.newPhoneProperty());
        reasonField.textProperty().bindBidirectional(model.reasonProperty());
        messageLabel.textProperty().bind(Bindings.createStringBinding(() -> model.errorProperty().get() == null ? ""
                : ErrorWords.of(i18n, model.errorProperty().get()), model.errorProperty()));
        messageLabel.managedProperty().bind(messageLabel.textProperty().isNotEmpty());
        dueLabel.textProperty().bind(Bindings.createStringBinding(() -> due(model.dueProperty().get()),
                model.dueProperty()));
    }

    /** A spinner of whole months, from the schedule's least to its most, typed or stepped with the arrow keys. */
    private static void months(Spinner<Integer> spinner, int least, javafx.beans.property.ObjectProperty<Integer> value) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                least, RetentionSchedule.MAX_MONTHS, value.get());
        spinner.setValueFactory(factory);
        factory.valueProperty().bindBidirectional(value);
    }

    private String due(PurgeResult r) {
        if (r == null) {
            return "";
        }
        return i18n.get("privacy.retention.due", Formats.date(r.asOf(), i18n.locale()), r.receipts(), r.claims(),
                r.tickets(), r.photos());
    }

    @FXML
    private void askManager() {
        model.askManager();
    }

    @FXML
    private void saveSchedule() {
        model.saveSchedule(() -> dialogs.showInfo(i18n.get("privacy.retention"), i18n.get("privacy.retention.saved")));
    }

    @FXML
    private void purgeNow() {
        if (dialogs.confirm(i18n.get("privacy.retention"), i18n.get("privacy.retention.confirm"))) {
            model.purgeNow(r -> dialogs.showInfo(i18n.get("privacy.retention"), due(r)));
        }
    }

    @FXML
    private void answer() {
        answerLabel.setText("");
        if (!model.canAnswer()) {
            phoneField.requestFocus();
            return;
        }
        PrintPreview preview = PrintPreview.open(owner, i18n, i18n.get("privacy.access"), "customer-data", null);
        model.answer(data -> answerLabel.setText(i18n.get("privacy.access.found", data.receipts().size(),
                data.claims().size(), data.tickets().size(), Formats.date(data.deadline(), i18n.locale()))),
                preview::show, preview::failed);
    }

    @FXML
    private void correct() {
        if (dialogs.confirm(i18n.get("privacy.correct"), i18n.get("privacy.correct.confirm"))) {
            model.correct(done -> dialogs.showInfo(i18n.get("privacy.correct"), i18n.get("privacy.correct.done",
                    done.receipts(), done.claims(), done.tickets())));
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
            receiptSpinner.requestFocus();
        } else {
            askManagerButton.requestFocus();
        }
    }

    @Override
    public void dispose() {
        subs.dispose();
    }
}
