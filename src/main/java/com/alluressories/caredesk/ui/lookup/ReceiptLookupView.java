package com.alluressories.caredesk.ui.lookup;

import com.alluressories.caredesk.receipt.PhoneNumber;
import com.alluressories.caredesk.receipt.Receipt;
import com.alluressories.caredesk.receipt.WarrantyStatus;
import com.alluressories.caredesk.ui.DatePickers;
import com.alluressories.caredesk.ui.DialogService;
import com.alluressories.caredesk.ui.ErrorWords;
import com.alluressories.caredesk.ui.Formats;
import com.alluressories.caredesk.ui.I18n;
import com.alluressories.caredesk.ui.ScreenView;
import com.alluressories.caredesk.ui.Subscriptions;
import com.alluressories.caredesk.ui.ViewLoader;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Receipt lookup: one field for whatever the customer has (a scanned receipt, a phone, a name, a
 * SKU), results as staff type, a receipt's lines with their warranty as of today, and the import
 * of the tills' sales export.
 */
public final class ReceiptLookupView implements ScreenView {
    @FXML private TextField searchField;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private TextField shopField;
    @FXML private Label statusLabel;
    @FXML private VBox emptyState;
    @FXML private HBox resultsPane;
    @FXML private ListView<Receipt> resultList;
    @FXML private VBox detailPane;
    @FXML private Label receiptTitle;
    @FXML private Label receiptWhen;
    @FXML private Label receiptCustomer;
    @FXML private TableView<LineRow> lineTable;
    @FXML private TableColumn<LineRow, String> itemColumn;
    @FXML private TableColumn<LineRow, String> paidColumn;
    @FXML private TableColumn<LineRow, WarrantyStatus> warrantyColumn;
    @FXML private Button importButton;
    @FXML private Button startClaimButton;

    private final ReceiptLookupViewModel model;
    private final I18n i18n;
    private final Consumer<LineRow> startClaim;
    private final PauseTransition typing = new PauseTransition(Duration.millis(180));
    private final Parent root;
    /** The last search came from Enter (a scanner), not from typing. */
    private boolean submitted;
    private final SalesImports salesImports;
    private final Subscriptions subs = new Subscriptions();
    private boolean syncing;

    /** @param startClaim opens claim intake for a chosen line */
    public ReceiptLookupView(ReceiptLookupViewModel model, Supplier<ReceiptImportViewModel> imports, I18n i18n,
                             Consumer<LineRow> startClaim, DialogService dialogs,
                             BooleanSupplier demo) {
        this.model = model;
        this.i18n = i18n;
        this.startClaim = startClaim;
        this.root = ViewLoader.load(this, i18n.bundle());
        this.salesImports = new SalesImports(root, imports, i18n, dialogs, demo, model::search);
    }

    @FXML
    private void initialize() {
        Locale locale = i18n.locale();
        searchField.textProperty().bindBidirectional(model.queryProperty());
        shopField.textProperty().bindBidirectional(model.shopProperty());
        DatePickers.configure(fromPicker, locale);
        DatePickers.configure(toPicker, locale);
        fromPicker.valueProperty().bindBidirectional(model.fromProperty());
        toPicker.valueProperty().bindBidirectional(model.toProperty());

        // Results follow the typing, but a scanner's burst of keys is one search, not twenty.
        typing.setOnFinished(e -> model.search());
        searchField.textProperty().addListener((obs, old, now) -> typing.playFromStart());
        shopField.textProperty().addListener((obs, old, now) -> typing.playFromStart());
        fromPicker.valueProperty().addListener((obs, old, now) -> model.search());
        toPicker.valueProperty().addListener((obs, old, now) -> model.search());
        searchField.setOnAction(e -> {
            typing.stop();
            submitted = true;
            model.submit();
        });
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !resultList.getItems().isEmpty()) {
                resultList.requestFocus();
                resultList.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        model.setAfterSearch(() -> {
            boolean scanned = submitted;
            submitted = false;
            if (model.selectedProperty().get() != null && model.results().size() == 1 && searchField.isFocused()) {
                if (scanned && model.lines().size() == 1) {
                    startClaim.accept(model.lines().get(0)); // a scanned receipt of one item: its claim at once
                    return;
                }
                lineTable.requestFocus();
                lineTable.getSelectionModel().selectFirst();
            }
        });

        resultList.setItems(model.results());
        resultList.setCellFactory(list -> new ReceiptCell(i18n));
        // Reached by Tab, the list chooses its first (newest) receipt, so Down goes on to the next one.
        resultList.focusedProperty().addListener((obs, was, now) -> {
            if (now && resultList.getSelectionModel().isEmpty() && !resultList.getItems().isEmpty()) {
                resultList.getSelectionModel().selectFirst();
                resultList.getFocusModel().focus(0);
            }
        });
        resultList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                model.selectedProperty().set(now);
            }
        });
        subs.onChange(model.selectedProperty(), (obs, old, now) -> showReceipt(now));
        resultList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !lineTable.getItems().isEmpty()) {
                lineTable.requestFocus();
                lineTable.getSelectionModel().selectFirst();
            }
        });

        lineTable.setItems(model.lines());
        // Reached by Tab, the lines table chooses its first line, so Enter starts the claim at once.
        lineTable.focusedProperty().addListener((obs, was, now) -> {
            if (now && lineTable.getSelectionModel().isEmpty() && !lineTable.getItems().isEmpty()) {
                lineTable.getSelectionModel().selectFirst();
                lineTable.getFocusModel().focus(0);
            }
        });
        lineTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                startClaimForSelection();
                e.consume();
            }
        });
        lineTable.setRowFactory(table -> {
            TableRow<LineRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    startClaim.accept(row.getItem());
                }
            });
            return row;
        });
        startClaimButton.disableProperty().bind(lineTable.getSelectionModel().selectedItemProperty().isNull());
        lineTable.setPlaceholder(new Label(i18n.get("lookup.pick")));
        LineColumns.configure(itemColumn, paidColumn, warrantyColumn, i18n);

        subs.onChange(model.statusProperty(), (obs, old, now) -> showStatus());
        subs.onList(model.results(), (ListChangeListener<Receipt>) c -> showStatus());
        showStatus();
        showReceipt(model.selectedProperty().get());
    }

    @FXML
    private void startClaimForSelection() {
        LineRow row = lineTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            startClaim.accept(row);
        }
    }

    @FXML
    private void chooseImport() {
        salesImports.choose();
    }

    /** Imports a file with the progress dialog; the results refresh when it is done. */
    public void startImport(Path file) {
        salesImports.start(file);
    }

    private void showStatus() {
        ReceiptLookupViewModel.Status status = model.statusProperty().get();
        boolean idle = status == ReceiptLookupViewModel.Status.IDLE;
        emptyState.setVisible(idle);
        resultsPane.setVisible(!idle);
        statusLabel.setText(switch (status) {
            case IDLE -> "";
            case SEARCHING -> i18n.get("lookup.status.searching");
            case FOUND -> i18n.get("lookup.status.found", model.results().size());
            // With a date or shop filter set, the filter is the likelier reason: say so.
            case NONE -> i18n.get(model.fromProperty().get() != null || model.toProperty().get() != null
                    || !model.shopProperty().get().isBlank() ? "lookup.status.noneFiltered" : "lookup.status.none",
                    model.queryProperty().get().strip());
            case FAILED -> i18n.get("lookup.status.failed", ErrorWords.of(i18n, model.failureProperty().get()));
        });
        statusLabel.getStyleClass().removeAll("status-none");
        if (status == ReceiptLookupViewModel.Status.NONE || status == ReceiptLookupViewModel.Status.FAILED) {
            statusLabel.getStyleClass().add("status-none");
        }
    }

    private void showReceipt(Receipt receipt) {
        syncing = true;
        try {
            if (receipt == null) {
                resultList.getSelectionModel().clearSelection();
            } else {
                resultList.getSelectionModel().select(receipt);
                resultList.scrollTo(receipt);
            }
        } finally {
            syncing = false;
        }
        boolean shown = receipt != null;
        for (Label label : new Label[] {receiptTitle, receiptWhen, receiptCustomer}) {
            label.setVisible(shown);
            label.setManaged(shown);
        }
        if (!shown) {
            return;
        }
        receiptTitle.setText(i18n.get("lookup.receipt.header", receipt.receiptNo()));
        receiptWhen.setText(i18n.get("lookup.receipt.when", Formats.dateTime(receipt.purchasedAt(), i18n.locale()),
                receipt.shopCode()));
        receiptCustomer.setText(receipt.customerName().isEmpty() && receipt.customerPhone().isEmpty()
                ? i18n.get("lookup.receipt.walkIn")
                : i18n.get("lookup.receipt.customer", receipt.customerName().orElse("") + receipt.customerPhone()
                        .map(p -> "  ·  " + PhoneNumber.display(p)).orElse("")));
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void focusMainField() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    @Override
    public void dispose() {
        subs.dispose();
    }
}
