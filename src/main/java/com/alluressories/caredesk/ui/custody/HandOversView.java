package com.alluressories.caredesk.ui.custody;

import com.alluressories.caredesk.custody.Dispatch;
import com.alluressories.caredesk.print.Paper;
import com.alluressories.caredesk.ticket.Custody;
import com.alluressories.caredesk.ticket.Ticket;
import com.alluressories.caredesk.ui.Converters;
import com.alluressories.caredesk.ui.DialogService;
import com.alluressories.caredesk.ui.ErrorWords;
import com.alluressories.caredesk.ui.Formats;
import com.alluressories.caredesk.ui.I18n;
import com.alluressories.caredesk.ui.NoteDialog;
import com.alluressories.caredesk.ui.PrintPreview;
import com.alluressories.caredesk.ui.ScreenView;
import com.alluressories.caredesk.ui.Subscriptions;
import com.alluressories.caredesk.ui.ViewLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Hand-overs (F10), or the Workshop screen on the workshop's PC: the pieces by place, a dispatch
 * filled by scanning bag tags, a dispatch received by scanning its manifest and then its tags,
 * and the pieces missing from their dispatch. Scanning works like typing: each scan ends with
 * Enter, and the scan field stays ready for the next one.
 */
public final class HandOversView implements ScreenView {
    @FXML private Label titleLabel;
    @FXML private Label hereLabel;
    @FXML private Label messageLabel;
    @FXML private TabPane tabs;
    @FXML private Tab piecesTab;
    @FXML private Tab sendTab;
    @FXML private Tab receiveTab;
    @FXML private Tab missingTab;
    @FXML private Label whereLabel;
    @FXML private ComboBox<HandOversViewModel.Where> whereBox;
    @FXML private Label noPiecesLabel;
    @FXML private ListView<Ticket> piecesList;
    @FXML private Label destinationLabel;
    @FXML private ComboBox<String> destinationBox;
    @FXML private Label courierLabel;
    @FXML private TextField courierField;
    @FXML private Button startButton;
    @FXML private VBox sendingBox;
    @FXML private Label sendingLabel;
    @FXML private Label sendScanLabel;
    @FXML private TextField sendScanField;
    @FXML private Label sendSaidLabel;
    @FXML private ListView<Dispatch.Piece> sentList;
    @FXML private Button takeOutButton;
    @FXML private Label nothingComingLabel;
    @FXML private ListView<Dispatch> incomingList;
    @FXML private Label manifestLabel;
    @FXML private TextField manifestField;
    @FXML private VBox receivingBox;
    @FXML private Label receivingLabel;
    @FXML private Label receiveScanLabel;
    @FXML private TextField receiveScanField;
    @FXML private Label receiveSaidLabel;
    @FXML private ListView<Dispatch.Piece> expectedList;
    @FXML private Label noMissingLabel;
    @FXML private ListView<Ticket> missingList;
    @FXML private Button resolveButton;

    private final HandOversViewModel model;
    private final I18n i18n;
    private final DialogService dialogs;
    private final Window owner;
    private final Parent root;
    private final Subscriptions subs = new Subscriptions();

    public HandOversView(HandOversViewModel model, I18n i18n, DialogService dialogs, Window owner) {
        this.model = model;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.owner = owner;
        this.root = ViewLoader.load(this, i18n.bundle());
    }

    @FXML
    private void initialize() {
        whereLabel.setLabelFor(whereBox);
        destinationLabel.setLabelFor(destinationBox);
        courierLabel.setLabelFor(courierField);
        sendScanLabel.setLabelFor(sendScanField);
        manifestLabel.setLabelFor(manifestField);
        receiveScanLabel.setLabelFor(receiveScanField);

        hereLabel.textProperty().bind(Bindings.createStringBinding(() -> model.hereProperty().get().isEmpty() ? ""
                : i18n.get("custody.here", place(model.hereProperty().get())), model.hereProperty()));
        titleLabel.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(
                Custody.WORKSHOP.equals(model.hereProperty().get()) ? "custody.title.workshop" : "custody.title"),
                model.hereProperty()));
        messageLabel.textProperty().bind(Bindings.createStringBinding(() -> model.errorProperty().get() == null ? ""
                : ErrorWords.of(i18n, model.errorProperty().get()), model.errorProperty()));
        // On Send and Receive a refusal is said under the scan field instead (below), where the eyes are.
        messageLabel.visibleProperty().bind(Bindings.createBooleanBinding(() -> !messageLabel.getText().isEmpty()
                && !inline(), messageLabel.textProperty(), tabs.getSelectionModel().selectedItemProperty(),
                model.sendingProperty(), model.receivingProperty()));
        messageLabel.managedProperty().bind(messageLabel.visibleProperty());

        // The pieces, by place.
        whereBox.getItems().setAll(HandOversViewModel.Where.values());
        whereWords();
        // "here (TST)" names the place once it is known.
        subs.onChange(model.hereProperty(), (o, was, now) -> whereWords());
        whereBox.valueProperty().bindBidirectional(model.whereProperty());
        subs.onChange(model.whereProperty(), (o, was, now) -> model.refresh());
        piecesList.setItems(model.pieces());
        piecesList.setCellFactory(list -> cell(this::pieceRow, t -> model.overdueAtWorkshop(t) || t.custody().missing()));
        shownWhenFull(piecesList, noPiecesLabel, model.pieces());
        subs.onChange(model.todayProperty(), (o, was, now) -> piecesList.refresh());

        // Send.
        destinationBox.setItems(model.destinations());
        destinationBox.setConverter(Converters.showing(this::place));
        destinationBox.valueProperty().bindBidirectional(model.destinationProperty());
        courierField.textProperty().bindBidirectional(model.courierProperty());
        courierField.setOnAction(e -> start());
        sendingBox.visibleProperty().bind(model.sendingProperty().isNotNull());
        sendingBox.managedProperty().bind(sendingBox.visibleProperty());
        startButton.disableProperty().bind(model.sendingProperty().isNotNull().or(destinationBox.valueProperty().isNull()));
        destinationBox.disableProperty().bind(model.sendingProperty().isNotNull());
        courierField.disableProperty().bind(model.sendingProperty().isNotNull());
        sendingLabel.textProperty().bind(Bindings.createStringBinding(() -> sendingLine(model.sendingProperty().get()),
                model.sendingProperty()));
        sendScanField.textProperty().bindBidirectional(model.sendScanProperty());
        sendScanField.setOnAction(e -> model.scanIntoSending(() -> ready(sendScanField)));
        // A scan's outcome is said right under its field: the refusal (in red) or the piece that went in.
        sendSaidLabel.textProperty().bind(Bindings.createStringBinding(() -> model.errorProperty().get() != null
                ? ErrorWords.of(i18n, model.errorProperty().get())
                : !model.takenOutProperty().get().isEmpty() ? i18n.get("custody.send.takenOut", model.takenOutProperty().get())
                : model.sendSaidProperty().get().isEmpty() ? ""
                : i18n.get("custody.send.said", model.sendSaidProperty().get()), model.sendSaidProperty(),
                model.takenOutProperty(), model.errorProperty()));
        flagRed(sendSaidLabel);
        subs.onChange(model.sendingProperty(), (o, was, now) -> sentList.getItems().setAll(
                now == null ? List.of() : now.pieces()));
        sentList.setCellFactory(list -> cell(this::pieceLine, p -> p.status() == Dispatch.Status.MISSING));
        // A tag scanned by mistake: choose its row, then the button (or Delete) takes it back out of the bag.
        takeOutButton.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            Dispatch.Piece p = sentList.getSelectionModel().getSelectedItem();
            return p == null || p.status() != Dispatch.Status.IN_TRANSIT;
        }, sentList.getSelectionModel().selectedItemProperty()));
        sentList.setOnKeyPressed(e -> {
            if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && !takeOutButton.isDisabled()) {
                e.consume();
                takeOut();
            }
        });

        // Receive.
        incomingList.setItems(model.incoming());
        incomingList.setCellFactory(list -> cell(this::dispatchLine, d -> false));
        shownWhenFull(incomingList, nothingComingLabel, model.incoming());
        incomingList.setOnKeyPressed(e -> {
            Dispatch chosen = incomingList.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && chosen != null) {
                e.consume();
                model.openReceiving(chosen.dispatchNo(), () -> ready(receiveScanField), () -> ready(manifestField));
            }
        });
        incomingList.setOnMouseClicked(e -> {
            Dispatch chosen = incomingList.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && chosen != null) {
                model.openReceiving(chosen.dispatchNo(), () -> ready(receiveScanField), () -> ready(manifestField));
            }
        });
        manifestField.textProperty().bindBidirectional(model.manifestScanProperty());
        manifestField.setOnAction(e -> model.openReceiving(manifestField.getText(), () -> ready(receiveScanField),
                () -> ready(manifestField)));
        receivingBox.visibleProperty().bind(model.receivingProperty().isNotNull());
        receivingBox.managedProperty().bind(receivingBox.visibleProperty());
        receivingLabel.textProperty().bind(Bindings.createStringBinding(() -> dispatchLine(model.receivingProperty().get()),
                model.receivingProperty()));
        receiveScanField.textProperty().bindBidirectional(model.receiveScanProperty());
        receiveScanField.setOnAction(e -> model.scanReceived(() -> ready(receiveScanField)));
        receiveSaidLabel.textProperty().bind(Bindings.createStringBinding(() -> model.errorProperty().get() != null
                ? ErrorWords.of(i18n, model.errorProperty().get()) : model.receiveSaidProperty().get().isEmpty() ? ""
                : i18n.get("custody.receive.said", model.receiveSaidProperty().get()), model.receiveSaidProperty(),
                model.errorProperty()));
        flagRed(receiveSaidLabel);
        subs.onChange(model.receivingProperty(), (o, was, now) -> expectedList.getItems().setAll(
                now == null ? List.of() : now.pieces()));
        expectedList.setCellFactory(list -> cell(this::pieceLine, p -> p.status() == Dispatch.Status.MISSING));

        // Missing.
        missingList.setItems(model.missing());
        missingList.setCellFactory(list -> cell(this::pieceRow, t -> true));
        shownWhenFull(missingList, noMissingLabel, model.missing());
        resolveButton.disableProperty().bind(missingList.getSelectionModel().selectedItemProperty().isNull());
        missingList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && missingList.getSelectionModel().getSelectedItem() != null) {
                e.consume();
                resolve();
            }
        });
        // The list shows with a piece chosen, so Enter (or Resolve…) acts at once.
        subs.onList(model.missing(), (javafx.collections.ListChangeListener<Ticket>) c -> {
            if (missingList.getSelectionModel().isEmpty() && !model.missing().isEmpty()) {
                missingList.getSelectionModel().select(0);
            }
        });
        missingTab.textProperty().bind(Bindings.createStringBinding(() -> model.missing().isEmpty()
                ? i18n.get("custody.tab.missing") : i18n.get("custody.tab.missingCount", model.missing().size()),
                model.missing()));

        // Ctrl+Tab (Ctrl+Shift+Tab) moves between the tabs even from a text field, which would keep it.
        tabs.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && e.isControlDown()) {
                e.consume();
                int n = tabs.getTabs().size();
                int at = tabs.getSelectionModel().getSelectedIndex();
                tabs.getSelectionModel().select((at + (e.isShiftDown() ? n - 1 : 1)) % n);
            }
        });
        // Each tab puts the keyboard where its next scan goes.
        subs.onChange(tabs.getSelectionModel().selectedItemProperty(), (o, was, now) -> {
            model.clearError();
            Platform.runLater(this::focusMainField);
        });
    }

    /** True when a refusal shows under the scan field of the tab showing (a dispatch being filled or received). */
    private boolean inline() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        return tab == sendTab && model.sendingProperty().get() != null
                || tab == receiveTab && model.receivingProperty().get() != null;
    }

    /** The label turns red while it says a refusal. */
    private void flagRed(Label label) {
        subs.onChange(model.errorProperty(), (o, was, now) -> {
            label.getStyleClass().remove("field-error");
            if (now != null) {
                label.getStyleClass().add("field-error");
            }
        });
    }

    private void whereWords() {
        whereBox.setConverter(Converters.showing(w -> w == HandOversViewModel.Where.HERE
                ? i18n.get("custody.where.HERE", place(model.hereProperty().get()))
                : i18n.get("custody.where." + w.name())));
        // A new button cell shows the choice in the new words (the old one keeps its text).
        whereBox.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(HandOversViewModel.Where item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : whereBox.getConverter().toString(item));
            }
        });
    }

    private static <T> void shownWhenFull(ListView<T> list, Label empty, javafx.collections.ObservableList<T> items) {
        list.visibleProperty().bind(Bindings.isNotEmpty(items));
        list.managedProperty().bind(list.visibleProperty());
        empty.visibleProperty().bind(Bindings.isEmpty(items));
        empty.managedProperty().bind(empty.visibleProperty());
    }

    /** A list cell showing {@code words} of its item, in the warning colour when {@code flagged}. */
    private static <T> ListCell<T> cell(Function<T, String> words, java.util.function.Predicate<T> flagged) {
        ListCell<T> cell = new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("custody-flagged");
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                setText(words.apply(item));
                if (flagged.test(item)) {
                    getStyleClass().add("custody-flagged");
                }
            }
        };
        // The text wraps at the list's width: nothing staff need runs off to the right.
        cell.setWrapText(true);
        cell.setPrefWidth(0);
        return cell;
    }

    /** The scan field cleared of a refused scan's text (selected, so the next scan replaces it) and focused. */
    private static void ready(TextField field) {
        field.requestFocus();
        field.selectAll();
    }

    /** A place in words: a shop's code, the workshop, in transit, collected. */
    private String place(String code) {
        return i18n.word("place.", code);
    }

    /** A piece on the list: its ticket, item, state, where and for how long, and what is wrong. */
    private String pieceRow(Ticket t) {
        Custody c = t.custody();
        java.time.LocalDate today = Optional.ofNullable(model.todayProperty().get())
                .orElse(java.time.LocalDate.now(com.alluressories.caredesk.app.Services.HONG_KONG));
        List<String> parts = new ArrayList<>();
        parts.add(t.ticketNo());
        parts.add(t.customerName());
        parts.add(t.itemDescription());
        parts.add(i18n.get("state." + t.state().name()));
        if (c.inTransit()) {
            parts.add(i18n.get("custody.row.transit", c.dispatchNo().orElse(""), place(c.goingTo().orElse("")),
                    c.days(today)));
        } else {
            parts.add(i18n.get("custody.row.at", place(c.location()), c.days(today)));
        }
        parts.add(i18n.get("custody.row.promised", Formats.date(t.promisedDate(), i18n.locale())));
        if (!c.collectingShop(t.shopCode()).equals(t.shopCode())) {
            parts.add(i18n.get("custody.row.collectAt", place(c.collectingShop(t.shopCode()))));
        }
        if (model.overdueAtWorkshop(t)) {
            parts.add(i18n.get("custody.row.overdue", model.workshopDaysProperty().get()));
        }
        if (c.missing()) {
            parts.add(i18n.get("custody.row.missing"));
        }
        return String.join("  ·  ", parts);
    }

    private String pieceLine(Dispatch.Piece p) {
        return p.ticketNo() + "  ·  " + p.item() + "  ·  " + i18n.get("custody.piece." + p.status().name());
    }

    /** A dispatch: number, from, to, courier, how many pieces (and how many still to come out of the bag). */
    private String dispatchLine(Dispatch d) {
        if (d == null) {
            return "";
        }
        return i18n.get("custody.dispatch", d.dispatchNo(), place(d.from()), place(d.to()),
                d.courier().isBlank() ? "—" : d.courier(), d.pieces().size(), d.expected().size(),
                Formats.dateTime(d.createdAt(), i18n.locale()));
    }

    /** The dispatch being filled: number, where to, courier, pieces so far. */
    private String sendingLine(Dispatch d) {
        return d == null ? "" : i18n.get("custody.sending", d.dispatchNo(), place(d.from()), place(d.to()), d.courier(),
                d.pieces().size());
    }

    @FXML
    private void start() {
        if (model.sendingProperty().get() == null && destinationBox.getValue() != null) {
            model.start(() -> ready(sendScanField));
        }
    }

    @FXML
    private void takeOut() {
        Dispatch.Piece p = sentList.getSelectionModel().getSelectedItem();
        if (p != null && dialogs.confirm(i18n.get("custody.send.takeOut"), i18n.get("custody.send.takeOutAsk",
                p.ticketNo(), model.sendingProperty().get().dispatchNo()))) {
            model.takeOut(p, () -> ready(sendScanField));
        }
    }

    @FXML
    private void printSlip() {
        manifest(Paper.SLIP);
    }

    @FXML
    private void printA4() {
        manifest(Paper.A4);
    }

    private void manifest(Paper paper) {
        Dispatch d = model.sendingProperty().get();
        if (d == null) {
            return;
        }
        PrintPreview preview = PrintPreview.open(owner, i18n, i18n.get("custody.manifest", d.dispatchNo()),
                "manifest-" + d.dispatchNo(), null);
        model.manifest(paper, preview::show, preview::failed);
    }

    @FXML
    private void done() {
        model.closeSending();
        destinationBox.requestFocus();
    }

    @FXML
    private void finish() {
        Dispatch d = model.receivingProperty().get();
        if (d == null) {
            return;
        }
        List<String> left = d.pieces().stream().filter(p -> p.status() == Dispatch.Status.IN_TRANSIT)
                .map(Dispatch.Piece::ticketNo).toList();
        if (!left.isEmpty() && !dialogs.confirm(i18n.get("custody.receive.finish"), i18n.get("custody.receive.confirm",
                left.size(), d.dispatchNo(), String.join(", ", left)))) {
            receiveScanField.requestFocus();
            return;
        }
        model.finishReceiving(flagged -> {
            if (!flagged.isEmpty()) {
                dialogs.showInfo(i18n.get("custody.receive.finish"), i18n.get("custody.receive.flagged",
                        String.join(", ", flagged)));
            }
            manifestField.requestFocus();
        });
    }

    @FXML
    private void resolve() {
        Ticket t = missingList.getSelectionModel().getSelectedItem();
        if (t == null) {
            return;
        }
        List<String> choices = new ArrayList<>();
        choices.add("");
        choices.add(Custody.WORKSHOP);
        choices.addAll(model.destinations().stream().filter(s -> !Custody.WORKSHOP.equals(s)).toList());
        if (!model.hereProperty().get().isEmpty() && !choices.contains(model.hereProperty().get())) {
            choices.add(model.hereProperty().get());
        }
        NoteDialog<String> dialog = new NoteDialog<>(i18n, i18n.get("custody.missing.title", t.ticketNo()),
                i18n.get("custody.missing.ask", t.custody().dispatchNo().orElse("")), i18n.get("custody.missing.reason"),
                i18n.get("custody.missing.ok"), choices, c -> c.isEmpty() ? i18n.get("custody.missing.coming")
                        : i18n.get("custody.missing.foundAt", place(c)));
        if (dialogs.showForm(dialog)) {
            model.resolve(t, dialog.note(), dialog.choice().filter(c -> !c.isEmpty()), missingList::requestFocus);
        }
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void focusMainField() {
        model.refresh();
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        Node target;
        if (tab == sendTab) {
            target = model.sendingProperty().get() != null ? sendScanField : destinationBox;
        } else if (tab == receiveTab) {
            target = model.receivingProperty().get() != null ? receiveScanField : manifestField;
        } else if (tab == missingTab) {
            target = model.missing().isEmpty() ? tabs : missingList;
        } else {
            target = piecesList.isVisible() ? piecesList : whereBox;
        }
        // A list takes the keyboard with its first item chosen, so Enter (or the button) acts at once.
        if (target instanceof ListView<?> list && list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
        target.requestFocus();
    }

    @Override
    public void dispose() {
        subs.dispose();
    }
}
