package com.alluressories.caredesk.ui.lookup;

import com.alluressories.caredesk.ui.Subscriptions;
import com.alluressories.caredesk.ui.DialogService;
import com.alluressories.caredesk.ui.WrappingCell;
import com.alluressories.caredesk.policy.Stone;
import com.alluressories.caredesk.receipt.PhoneNumber;
import com.alluressories.caredesk.receipt.Receipt;
import com.alluressories.caredesk.receipt.ReceiptLine;
import com.alluressories.caredesk.receipt.WarrantyStatus;
import com.alluressories.caredesk.ui.Converters;
import com.alluressories.caredesk.ui.DatePickers;
import com.alluressories.caredesk.ui.Formats;
import com.alluressories.caredesk.ui.I18n;
import com.alluressories.caredesk.ui.ViewLoader;
import com.alluressories.caredesk.ui.shell.ScreenView;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
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
    private final Supplier<ReceiptImportViewModel> imports;
    private final I18n i18n;
    private final Consumer<LineRow> startClaim;
    private final PauseTransition typing = new PauseTransition(Duration.millis(180));
    private final Parent root;
    /** The last search came from Enter (a scanner), not from typing. */
    private boolean submitted;
    private final DialogService dialogs;
    private final java.util.function.BooleanSupplier demo;
    private final Subscriptions subs = new Subscriptions();
    private boolean syncing;

    /** @param startClaim opens claim intake for a chosen line */
    public ReceiptLookupView(ReceiptLookupViewModel model, Supplier<ReceiptImportViewModel> imports, I18n i18n,
                             Consumer<LineRow> startClaim, DialogService dialogs,
                             java.util.function.BooleanSupplier demo) {
        this.dialogs = dialogs;
        this.demo = demo;
        this.model = model;
        this.imports = imports;
        this.i18n = i18n;
        this.startClaim = startClaim;
        this.root = ViewLoader.load(this, i18n.bundle());
        acceptDroppedFiles();
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
        resultList.setCellFactory(list -> new ReceiptCell());
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
            javafx.scene.control.TableRow<LineRow> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    startClaim.accept(row.getItem());
                }
            });
            return row;
        });
        startClaimButton.disableProperty().bind(lineTable.getSelectionModel().selectedItemProperty().isNull());
        lineTable.setPlaceholder(new Label(i18n.get("lookup.pick")));
        itemColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(i18n.get("lookup.line",
                c.getValue().line().lineNo(), c.getValue().line().description(), material(c.getValue().line()),
                c.getValue().line().sku())));
        itemColumn.setCellFactory(c -> new WrappingCell<>());
        paidColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Formats.money(c.getValue().line().paidPrice())));
        warrantyColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().warranty()));
        warrantyColumn.setCellFactory(c -> new BadgeCell());

        subs.onChange(model.statusProperty(), (obs, old, now) -> showStatus());
        subs.onList(model.results(), (javafx.collections.ListChangeListener<Receipt>) c -> showStatus());
        showStatus();
        showReceipt(model.selectedProperty().get());

    }

    /** A sales export dropped anywhere on the screen is imported. */
    private void acceptDroppedFiles() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && csvIn(e.getDragboard().getFiles()) != null) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            File file = csvIn(e.getDragboard().getFiles());
            e.setDropCompleted(file != null);
            if (file != null) {
                startImport(file.toPath());
            }
            e.consume();
        });
    }

    private static File csvIn(List<File> files) {
        return files.stream().filter(f -> f.getName().toLowerCase(Locale.ROOT).endsWith(".csv")).findFirst().orElse(null);
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
        if (refusedAsDemo()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("import.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("import.csvFiles"), "*.csv", "*.CSV"));
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            startImport(file.toPath());
        }
    }

    /** Imports a file with the progress dialog; the results refresh when it is done. */
    public void startImport(Path file) {
        if (refusedAsDemo()) {
            return;
        }
        new ImportDialogView(imports.get(), i18n).show(root.getScene().getWindow(), file, model::search);
    }

    /** The demo never imports: said before any file is chosen. */
    private boolean refusedAsDemo() {
        if (demo.getAsBoolean()) {
            dialogs.showInfo(i18n.get("import.title"), i18n.get("import.demo"));
            return true;
        }
        return false;
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
            case FAILED -> i18n.get("lookup.status.failed", "");
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

    private String material(ReceiptLine line) {
        String stones = line.stones().stream().sorted().map(Stone::code).map(code -> i18n.get("stone." + code))
                .collect(Collectors.joining(i18n.get("list.separator")));
        return i18n.get("metal." + line.metal().code()) + (stones.isEmpty() ? "" : " · " + stones);
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

    /** Two lines a receipt: number and date; customer (phone masked) and how many items. */
    private final class ReceiptCell extends ListCell<Receipt> {
        @Override
        protected void updateItem(Receipt receipt, boolean empty) {
            super.updateItem(receipt, empty);
            if (empty || receipt == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            // The receipt number on its own line, then when, where and how many, then who: each whole
            // at 1024 pixels (a date is never split across lines).
            Label first = new Label(receipt.receiptNo());
            first.getStyleClass().add("cell-title");
            String who = receipt.customerName().orElse(i18n.get("lookup.receipt.walkIn"))
                    + receipt.customerPhone().map(p -> "  " + PhoneNumber.masked(p)).orElse("");
            Label when = new Label(Formats.date(receipt.purchasedAt().toLocalDate(), i18n.locale()) + "  ·  "
                    + receipt.shopCode() + "  ·  " + i18n.get("lookup.receipt.items", receipt.lines().size()));
            Label second = new Label(who);
            second.getStyleClass().add("muted");
            // Every line wraps within the list (a label sized for one line is cut at 1024 pixels).
            for (Label label : new Label[] {first, when, second}) {
                label.setWrapText(true);
                label.prefWidthProperty().bind(getListView().widthProperty().subtract(30));
                label.setMinHeight(Region.USE_PREF_SIZE);
            }
            VBox box = new VBox(1, first, when, second);
            box.maxWidthProperty().bind(getListView().widthProperty().subtract(30));
            box.setMinWidth(0);
            setGraphic(box);
            setPrefWidth(0);
            setText(null);
        }
    }

    /** The warranty as a coloured badge a customer can read across the counter, never spilling into the next row. */
    private final class BadgeCell extends TableCell<LineRow, WarrantyStatus> {
        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() instanceof Label badge && getTableColumn() != null) {
                double inner = getTableColumn().getWidth() - snappedLeftInset() - snappedRightInset();
                return snappedTopInset() + badge.prefHeight(Math.min(inner, badge.getMaxWidth())) + snappedBottomInset();
            }
            return super.computePrefHeight(width);
        }

        @Override
        protected void updateItem(WarrantyStatus status, boolean empty) {
            super.updateItem(status, empty);
            if (empty || status == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label badge = new Label(badgeText(status));
            badge.getStyleClass().addAll("badge", switch (status.kind()) {
                case IN_WARRANTY -> "badge-ok";
                case EXPIRED -> "badge-expired";
                case FINAL_SALE -> "badge-final";
            });
            badge.setWrapText(true);
            badge.setMinHeight(Region.USE_PREF_SIZE);
            badge.maxWidthProperty().bind(getTableColumn().widthProperty().subtract(14));
            setGraphic(badge);
            setText(null);
        }
    }

    private String badgeText(WarrantyStatus status) {
        return switch (status.kind()) {
            case IN_WARRANTY -> i18n.get("badge.inWarranty", Formats.date(status.ends().orElseThrow(), i18n.locale()),
                    status.daysLeft());
            case EXPIRED -> i18n.get("badge.expired", Formats.date(status.ends().orElseThrow(), i18n.locale()));
            case FINAL_SALE -> i18n.get("badge.finalSale");
        };
    }

    @Override
    public void dispose() {
        subs.dispose();
    }
}
