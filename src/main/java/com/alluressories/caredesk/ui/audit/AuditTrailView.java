package com.alluressories.caredesk.ui.audit;

import com.alluressories.caredesk.staff.AuditAction;
import com.alluressories.caredesk.staff.AuditCheck;
import com.alluressories.caredesk.staff.AuditEntry;
import com.alluressories.caredesk.ui.Converters;
import com.alluressories.caredesk.ui.DatePickers;
import com.alluressories.caredesk.ui.DialogService;
import com.alluressories.caredesk.ui.ErrorWords;
import com.alluressories.caredesk.ui.Formats;
import com.alluressories.caredesk.ui.I18n;
import com.alluressories.caredesk.ui.ScreenView;
import com.alluressories.caredesk.ui.Subscriptions;
import com.alluressories.caredesk.ui.ViewLoader;
import com.alluressories.caredesk.ui.WrappingCell;
import java.io.File;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The audit trail (F6): who did what and when, filtered; the chain checked; CSV export. Managers only. */
public final class AuditTrailView implements ScreenView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    @FXML private VBox gate;
    @FXML private VBox body;
    @FXML private Button askManagerButton;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private TextField staffField;
    @FXML private ComboBox<AuditAction> actionBox;
    @FXML private TextField textField;
    @FXML private TableView<AuditEntry> table;
    @FXML private TableColumn<AuditEntry, String> seqColumn;
    @FXML private TableColumn<AuditEntry, String> atColumn;
    @FXML private TableColumn<AuditEntry, String> whoColumn;
    @FXML private TableColumn<AuditEntry, String> approvedColumn;
    @FXML private TableColumn<AuditEntry, String> actionColumn;
    @FXML private TableColumn<AuditEntry, String> recordColumn;
    @FXML private TableColumn<AuditEntry, String> detailsColumn;
    @FXML private Label countLabel;
    @FXML private Label selectedLabel;
    @FXML private Label checkLabel;
    @FXML private Label messageLabel;

    private final AuditTrailViewModel model;
    private final I18n i18n;
    private final DialogService dialogs;
    private final Window owner;
    private final Parent root;
    private final AuditWords words;
    private final Subscriptions subs = new Subscriptions();

    public AuditTrailView(AuditTrailViewModel model, I18n i18n, DialogService dialogs, Window owner,
                          com.alluressories.caredesk.policy.Policy policy) {
        this.words = new AuditWords(i18n, policy);
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
        DatePickers.configure(fromPicker, i18n.locale());
        DatePickers.configure(toPicker, i18n.locale());
        fromPicker.valueProperty().bindBidirectional(model.fromProperty());
        toPicker.valueProperty().bindBidirectional(model.toProperty());
        staffField.textProperty().bindBidirectional(model.staffNoProperty());
        textField.textProperty().bindBidirectional(model.textProperty());
        List<AuditAction> actions = new ArrayList<>();
        actions.add(null);
        actions.addAll(Arrays.asList(AuditAction.values()));
        actionBox.getItems().setAll(actions);
        actionBox.setConverter(Converters.showing(a -> a == null ? i18n.get("audit.allActions") : action(a)));
        actionBox.setPromptText(i18n.get("audit.allActions"));
        actionBox.valueProperty().bindBidirectional(model.actionProperty());
        table.setItems(model.entries());
        table.setPlaceholder(new Label(i18n.get("audit.empty")));
        seqColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Long.toString(c.getValue().seq())));
        // d/M/yyyy (yyyy年M月d日) like every date staff read, to the second as the trail records it.
        // The date over the time: each whole, never split mid-value in a narrow column.
        atColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Formats.date(c.getValue().at().toLocalDate(),
                i18n.locale()) + "\n" + TIME.format(c.getValue().at())));
        whoColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().staffNo()
                .map(no -> c.getValue().staffName() + " (" + no + ")").orElse(c.getValue().staffName())));
        approvedColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().approvedNo()
                .map(no -> c.getValue().approvedName().orElse("") + " (" + no + ")").orElse("")));
        actionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(action(c.getValue())));
        recordColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(words.record(c.getValue().record())));
        detailsColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(words.details(c.getValue().details())));
        for (TableColumn<AuditEntry, String> column : List.of(atColumn, whoColumn, approvedColumn, actionColumn,
                recordColumn, detailsColumn)) {
            column.setCellFactory(c -> new WrappingCell<>());
        }
        // The chosen entry in full, wrapped: the table's last columns may be out of sight.
        selectedLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            AuditEntry e = table.getSelectionModel().getSelectedItem();
            return e == null ? "" : "#" + e.seq() + " · " + action(e) + " · " + words.record(e.record()) + " · "
                    + words.details(e.details());
        }, table.getSelectionModel().selectedItemProperty()));
        countLabel.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("audit.count", model.entries().size()),
                model.entries()));
        checkLabel.textProperty().bind(Bindings.createStringBinding(() -> describe(model.checkProperty().get()),
                model.checkProperty()));
        subs.onChange(model.checkProperty(), (obs, old, now) -> {
            checkLabel.getStyleClass().removeAll("check-ok", "field-error");
            if (now != null) {
                checkLabel.getStyleClass().add(now.intact() ? "check-ok" : "field-error");
            }
        });
        messageLabel.textProperty().bind(Bindings.createStringBinding(() -> model.errorProperty().get() == null ? ""
                : ErrorWords.of(i18n, model.errorProperty().get()), model.errorProperty()));
    }

    private String action(AuditAction action) {
        return i18n.get("audit.action." + action.name());
    }

    /** An action this CareDesk does not know (written by a newer one) shows as stored. */
    private String action(AuditEntry entry) {
        return entry.knownAction().map(this::action).orElse(entry.action());
    }

    private String describe(AuditCheck check) {
        return check == null ? "" : check.describe(i18n.bundle());
    }

    @FXML
    private void askManager() {
        model.askManager();
    }

    @FXML
    private void verify() {
        model.verify();
    }

    @FXML
    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("audit.export"));
        chooser.setInitialFileName("caredesk-audit.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            model.export(file.toPath(), count -> dialogs.showInfo(i18n.get("audit.export"),
                    i18n.get("audit.exported", count, file.toString())));
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
            staffField.requestFocus();
        } else {
            askManagerButton.requestFocus();
        }
    }

    @Override
    public void dispose() {
        subs.dispose();
    }
}
