package com.alluressories.caredesk.ui.privacy;

import com.alluressories.caredesk.privacy.CustomerDataService;
import com.alluressories.caredesk.privacy.PurgeResult;
import com.alluressories.caredesk.privacy.RetentionSchedule;
import com.alluressories.caredesk.ui.DatePickers;
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
    @FXML private VBox page;
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
    @FXML private Label receivedLabel;
    @FXML private javafx.scene.control.DatePicker receivedPicker;
    @FXML private Label answerLabel;
    @FXML private Label noRequestsLabel;
    @FXML private Label keptLabel;
    @FXML private javafx.scene.control.ListView<CustomerDataService.OpenRequest> requestsList;
    @FXML private Button answerRequestButton;
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
        receivedLabel.setLabelFor(receivedPicker);
        com.alluressories.caredesk.ui.DatePickers.configure(receivedPicker, i18n.locale());
        receivedPicker.valueProperty().bindBidirectional(model.receivedProperty());
        keptLabel.managedProperty().bind(keptLabel.textProperty().isNotEmpty());
        requestsList.setItems(model.requests());
        requestsList.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(CustomerDataService.OpenRequest item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("request-late");
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                setText(row(item));
                if (item.daysLeft(today()) < 0) {
                    getStyleClass().add("request-late");
                }
            }
        });
        // The list shows when there is something in it; Enter answers the chosen request.
        requestsList.visibleProperty().bind(Bindings.isNotEmpty(model.requests()));
        requestsList.managedProperty().bind(requestsList.visibleProperty());
        noRequestsLabel.visibleProperty().bind(Bindings.isEmpty(model.requests()));
        noRequestsLabel.managedProperty().bind(noRequestsLabel.visibleProperty());
        answerRequestButton.disableProperty().bind(requestsList.getSelectionModel().selectedItemProperty().isNull());
        requestsList.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && requestsList.getSelectionModel().getSelectedItem() != null) {
                e.consume();
                answerRequest();
            }
        });
        subs.onChange(model.todayProperty(), (obs, was, now) -> requestsList.refresh());
        com.alluressories.caredesk.ui.FocusInView.follow(body, page, subs);
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
        DatePickers.commit(receivedPicker);
        PrintPreview preview = PrintPreview.open(owner, i18n, i18n.get("privacy.access"), "customer-data", null);
        model.answer(data -> answerLabel.setText(i18n.get("privacy.access.found", data.receipts().size(),
                data.claims().size(), data.tickets().size(), Formats.date(data.deadline(), i18n.locale()))),
                preview::show, preview::failed);
    }

    private java.time.LocalDate today() {
        java.time.LocalDate day = model.todayProperty().get();
        return day == null ? java.time.LocalDate.now(com.alluressories.caredesk.app.Services.HONG_KONG) : day;
    }

    /** One open request: reference, phone and name, received, answer by, and the days left (or late). */
    private String row(CustomerDataService.OpenRequest r) {
        long left = r.daysLeft(today());
        String when = left > 0 ? i18n.get("privacy.requests.left", left)
                : left == 0 ? i18n.get("privacy.requests.today") : i18n.get("privacy.requests.late", -left);
        String who = com.alluressories.caredesk.receipt.PhoneNumber.display(r.phone())
                + (r.name().isBlank() ? "" : " " + r.name());
        return i18n.get("privacy.requests.row", r.reference(), who, Formats.date(r.received(), i18n.locale()),
                Formats.date(r.deadline(), i18n.locale()), when);
    }

    @FXML
    private void keepOpen() {
        answerLabel.setText("");
        if (!model.canAnswer()) {
            phoneField.requestFocus();
            return;
        }
        DatePickers.commit(receivedPicker);
        model.keepOpen(kept -> {
            // Said next to the list it joined, at the top of the page, where the focus goes.
            keptLabel.setText(i18n.get("privacy.access.kept", kept.reference(),
                    Formats.date(kept.deadline(), i18n.locale())));
            body.setVvalue(0);
            requestsList.requestFocus();
        });
    }

    @FXML
    private void answerRequest() {
        CustomerDataService.OpenRequest chosen = requestsList.getSelectionModel().getSelectedItem();
        if (chosen == null) {
            return;
        }
        answerLabel.setText("");
        keptLabel.setText("");
        PrintPreview preview = PrintPreview.open(owner, i18n, i18n.get("privacy.access"), "customer-data", null);
        // Printed or saved, the request closes: the list says so once the preview is closed.
        preview.onClosed(model::refresh);
        model.answerRequest(chosen, data -> answerLabel.setText(i18n.get("privacy.access.found", data.receipts().size(),
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
