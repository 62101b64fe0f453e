package com.alluressories.caredesk.ui.tickets;

import com.alluressories.caredesk.claim.ClaimSummary;
import com.alluressories.caredesk.policy.Policy;
import com.alluressories.caredesk.print.DocumentKind;
import com.alluressories.caredesk.print.Paper;
import com.alluressories.caredesk.ticket.Ticket;
import com.alluressories.caredesk.ticket.TicketAction;
import com.alluressories.caredesk.ticket.TicketEvent;
import com.alluressories.caredesk.ticket.TicketState;
import com.alluressories.caredesk.ui.Converters;
import com.alluressories.caredesk.ui.DialogService;
import com.alluressories.caredesk.ui.ErrorWords;
import com.alluressories.caredesk.ui.Formats;
import com.alluressories.caredesk.ui.I18n;
import com.alluressories.caredesk.ui.PrintPreview;
import com.alluressories.caredesk.ui.ScreenView;
import com.alluressories.caredesk.ui.Subscriptions;
import com.alluressories.caredesk.ui.ViewLoader;
import com.alluressories.caredesk.ui.WrappingCell;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Repair tickets: the list with filters and search, a ticket's claim, decision, quote and history,
 * the actions its state allows (and only those), pickup with the phone check, and printing. Each
 * action's form is its own dialog and view model ({@code QuoteDialog}, {@code PickupDialog}…).
 * (About 400 lines: one FXML screen's list, filters, details and print buttons, wired in one place.)
 */
public final class RepairTicketsView implements ScreenView {
    @FXML private TextField ticketSearchField;
    @FXML private ComboBox<TicketState> stateBox;
    @FXML private CheckBox overdueCheck;
    @FXML private CheckBox todayCheck;
    @FXML private TextField shopField;
    @FXML private ComboBox<String> whereFilterBox;
    @FXML private Label countLabel;
    @FXML private TableView<Ticket> ticketTable;
    @FXML private TableColumn<Ticket, String> numberColumn;
    @FXML private TableColumn<Ticket, String> stateColumn;
    @FXML private TableColumn<Ticket, Ticket> promisedColumn;
    @FXML private TableColumn<Ticket, String> customerColumn;
    @FXML private VBox emptyState;
    @FXML private ScrollPane detailScroll;
    @FXML private VBox detailPane;
    @FXML private Label ticketTitle;
    @FXML private Label stateBadge;
    @FXML private Label promisedLabel;
    @FXML private Label overdueLabel;
    @FXML private Label conflictsLabel;
    @FXML private Label customerLabel;
    @FXML private Label itemLabel;
    @FXML private Label complaintLabel;
    @FXML private Label verdictLabel;
    @FXML private Label flagsLabel;
    @FXML private Label overrideLabel;
    @FXML private Label photosLabel;
    @FXML private Label quoteLabel;
    @FXML private Label workshopLabel;
    @FXML private Label custodyLabel;
    @FXML private Label chargeLabel;
    @FXML private FlowPane actionPane;
    @FXML private FlowPane photoPane;
    @FXML private ComboBox<Paper> paperBox;
    @FXML private Button printCollectionButton;
    @FXML private ListView<TimelineCell.Entry> timelineList;
    @FXML private Label printStatus;

    static final javafx.scene.input.KeyCombination PRINT_FOR_COUNTER = new javafx.scene.input.KeyCodeCombination(
            javafx.scene.input.KeyCode.P, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);
    private final RepairTicketsViewModel model;
    private final I18n i18n;
    private final DialogService dialogs;
    private final Policy policy;
    private final java.util.function.BiConsumer<Ticket, Runnable> tellCustomer;
    private final PauseTransition typing = new PauseTransition(Duration.millis(200));
    private final Parent root;
    private final Subscriptions subs = new Subscriptions();
    private boolean syncing;

    public RepairTicketsView(RepairTicketsViewModel model, I18n i18n, DialogService dialogs, Policy policy) {
        this(model, i18n, dialogs, policy, null);
    }

    /** @param tellCustomer opens "Tell the customer" for a ticket quoted or ready (null: not offered) */
    public RepairTicketsView(RepairTicketsViewModel model, I18n i18n, DialogService dialogs, Policy policy,
                             java.util.function.BiConsumer<Ticket, Runnable> tellCustomer) {
        this.tellCustomer = tellCustomer;
        this.model = model;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.policy = policy;
        this.root = ViewLoader.load(this, i18n.bundle());
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (PRINT_FOR_COUNTER.match(e)) {
                e.consume();
                printForCounter();
            }
        });
        // Tab into the detail (the next step, "Tell the customer…", the print buttons) scrolls it to
        // the control focused: a scroll pane follows only the mouse, and at 1024×768 these sit below
        // the fold, the focus ring out of sight.
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(revealFocused);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(revealFocused);
            }
        });
        model.refresh();
    }

    private final javafx.beans.value.ChangeListener<Node> revealFocused = (obs, was, now) -> {
        if (now != null && now != detailPane && isInside(now, detailPane)) {
            javafx.application.Platform.runLater(() -> reveal(now));
        }
    };

    private static boolean isInside(Node node, Node parent) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }

    /** Scrolls the detail just enough for this control to be wholly in view. */
    private void reveal(Node node) {
        if (node.getScene() == null) {
            return;
        }
        javafx.geometry.Bounds b = detailPane.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double content = detailPane.getBoundsInLocal().getHeight();
        double viewport = detailScroll.getViewportBounds().getHeight();
        if (b == null || content <= viewport) {
            return;
        }
        double range = content - viewport;
        double offset = detailScroll.getVvalue() * range;
        double margin = 8;
        if (b.getMinY() - margin < offset) {
            offset = b.getMinY() - margin;
        } else if (b.getMaxY() + margin > offset + viewport) {
            offset = Math.min(b.getMaxY() + margin - viewport, b.getMinY() - margin);
        } else {
            return;
        }
        detailScroll.setVvalue(Math.max(0, Math.min(1, offset / range)));
    }

    /** A place in words: the workshop, on its way, collected, or a shop's code. */
    private String where(String code) {
        return i18n.word("place.", code);
    }

    /** Where the piece is, since when, and where the customer collects it. */
    private String custody(Ticket t) {
        com.alluressories.caredesk.ticket.Custody c = t.custody();
        String since = Formats.date(c.since().toLocalDate(), i18n.locale());
        long days = c.days(model.today());
        String now;
        if (c.inTransit()) {
            now = i18n.get("tickets.custody.transit", c.dispatchNo().orElse(""), where(c.goingTo().orElse("")), since, days);
        } else if (com.alluressories.caredesk.ticket.Custody.COLLECTED.equals(c.location())) {
            now = i18n.get("tickets.custody.collected", since);
        } else {
            now = i18n.get("tickets.custody.at", where(c.location()), since, days);
        }
        // Where the customer collects is said when it is not the shop that took the piece in.
        String collect = t.collectingShop().equals(t.shopCode()) ? ""
                : "\n" + i18n.get("tickets.custody.collectAt", where(t.collectingShop()));
        return now + (c.missing() ? " · " + i18n.get("custody.row.missing") : "") + collect;
    }

    private void chooseCollectingShop(Ticket t) {
        List<String> shops = model.collectingShops();
        CollectAtDialog dialog = new CollectAtDialog(i18n, t, shops, this::where);
        if (dialogs.showForm(dialog)) {
            model.collectAt(dialog.shop(), this::focusNextStep);
        }
    }

    @FXML
    private void initialize() {
        ticketSearchField.textProperty().bindBidirectional(model.searchProperty());
        shopField.textProperty().bindBidirectional(model.shopProperty());
        overdueCheck.selectedProperty().bindBidirectional(model.overdueOnlyProperty());
        todayCheck.selectedProperty().bindBidirectional(model.todayOnlyProperty());
        stateBox.getItems().add(null);
        stateBox.getItems().addAll(TicketState.values());
        stateBox.setConverter(Converters.showing(s -> s == null ? i18n.get("tickets.filter.allStates") : state(s)));
        stateBox.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(TicketState item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? i18n.get("tickets.filter.allStates") : state(item));
            }
        });
        stateBox.valueProperty().bindBidirectional(model.stateFilterProperty());
        // Where the pieces are: anywhere, here, at the workshop, on their way, collected, at another shop.
        whereFilterBox.getItems().add(null);
        subs.onList(model.locations(), (javafx.collections.ListChangeListener<String>) c -> {
            String keep = whereFilterBox.getValue();
            List<String> all = new java.util.ArrayList<>();
            all.add(null);
            all.addAll(model.locations());
            whereFilterBox.getItems().setAll(all);
            whereFilterBox.setValue(keep);
        });
        whereFilterBox.setConverter(Converters.showing(w -> w == null ? i18n.get("tickets.filter.anywhere") : where(w)));
        whereFilterBox.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? i18n.get("tickets.filter.anywhere") : where(item));
            }
        });
        // "Anywhere" reads in the list too (a list cell shows nothing for no value by itself).
        whereFilterBox.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? i18n.get("tickets.filter.anywhere") : where(item));
            }
        });
        whereFilterBox.valueProperty().bindBidirectional(model.locationProperty());
        whereFilterBox.setVisible(model.custodyShown());
        whereFilterBox.setManaged(model.custodyShown());
        subs.onChange(model.locationProperty(), (obs, old, now) -> model.refresh());
        typing.setOnFinished(e -> model.refresh());
        ticketSearchField.textProperty().addListener((obs, old, now) -> typing.playFromStart());
        shopField.textProperty().addListener((obs, old, now) -> typing.playFromStart());
        ticketSearchField.setOnAction(e -> {
            typing.stop();
            model.searchEntered();
        });
        subs.onChange(model.stateFilterProperty(), (obs, old, now) -> model.refresh());
        subs.onChange(model.overdueOnlyProperty(), (obs, old, now) -> model.refresh());
        subs.onChange(model.todayOnlyProperty(), (obs, old, now) -> model.refresh());

        ticketTable.setItems(model.tickets());
        ticketTable.setPlaceholder(new Label(i18n.get("tickets.status.count", 0)));
        numberColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().ticketNo()));
        // A ticket whose history holds steps that could not apply says so in the list, for a manager to find.
        stateColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(state(c.getValue().state())
                + (c.getValue().conflicts() > 0 ? "\n" + i18n.get("tickets.list.toCheck") : "")));
        customerColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().customerName()));
        stateColumn.setCellFactory(c -> new WrappingCell<>());
        customerColumn.setCellFactory(c -> new WrappingCell<>());
        promisedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        promisedColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Ticket t, boolean empty) {
                super.updateItem(t, empty);
                getStyleClass().remove("overdue-cell");
                if (empty || t == null) {
                    setText(null);
                    return;
                }
                setText(Formats.date(t.promisedDate(), i18n.locale()));
                if (t.overdue(model.today())) {
                    getStyleClass().add("overdue-cell");
                }
            }
        });
        ticketTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                model.selectedProperty().set(now);
            }
        });
        subs.onList(model.tickets(), (ListChangeListener<Ticket>) c ->
                countLabel.setText(i18n.get("tickets.status.count", model.tickets().size())));
        subs.onChange(model.selectedProperty(), (obs, old, now) -> showTicket(now));
        subs.onChange(model.claimProperty(), (obs, old, now) -> showClaim(now));
        subs.onList(model.events(), (ListChangeListener<TicketEvent>) c -> showTimeline());
        subs.onList(model.photos(), (ListChangeListener<java.nio.file.Path>) c -> showPhotos());
        subs.onChange(model.errorProperty(), (obs, old, now) -> {
            if (now != null) {
                dialogs.showError(i18n.get("tickets.title"), ErrorWords.of(i18n, now));
            }
        });
        printStatus.managedProperty().bind(printStatus.textProperty().isNotEmpty());
        overdueLabel.managedProperty().bind(overdueLabel.textProperty().isNotEmpty());
        conflictsLabel.managedProperty().bind(conflictsLabel.textProperty().isNotEmpty());
        conflictsLabel.visibleProperty().bind(conflictsLabel.managedProperty());
        paperBox.getItems().setAll(Paper.forTickets());
        paperBox.setConverter(Converters.showing(p -> i18n.get("tickets.paper." + p.name())));
        paperBox.getSelectionModel().select(Paper.SLIP);
        countLabel.setText(i18n.get("tickets.status.count", model.tickets().size()));
        // History entries and approval reasons wrap within the pane instead of scrolling sideways.
        timelineList.setCellFactory(TimelineCell::new);
        // A view rebuilt (a language switch) shows everything the model holds, photos included.
        showTicket(model.selectedProperty().get());
        showClaim(model.claimProperty().get());
        showTimeline();
        showPhotos();
    }

    private void showTicket(Ticket t) {
        syncing = true;
        try {
            if (t == null) {
                ticketTable.getSelectionModel().clearSelection();
            } else {
                ticketTable.getItems().stream().filter(x -> x.ticketNo().equals(t.ticketNo())).findFirst()
                        .ifPresent(x -> {
                            ticketTable.getSelectionModel().select(x);
                            ticketTable.scrollTo(x);
                        });
            }
        } finally {
            syncing = false;
        }
        emptyState.setVisible(t == null);
        detailScroll.setVisible(t != null);
        actionPane.getChildren().clear();
        if (t == null) {
            return;
        }
        if (!t.ticketNo().equals(ticketTitle.getText())) {
            detailScroll.setVvalue(0); // another ticket: its number and state on top, in view
        }
        ticketTitle.setText(t.ticketNo());
        stateBadge.setText(state(t.state()));
        promisedLabel.setText(i18n.get("tickets.detail.promised", Formats.date(t.promisedDate(), i18n.locale())));
        overdueLabel.setText(t.overdue(model.today())
                ? i18n.get("tickets.overdue", Formats.date(t.promisedDate(), i18n.locale())) : "");
        conflictsLabel.setText(t.conflicts() > 0 ? i18n.get("tickets.conflicts", t.conflicts()) : "");
        customerLabel.setText(i18n.get("tickets.detail.customer", t.customerName(), t.last4()));
        itemLabel.setText(i18n.get("tickets.detail.item", t.itemDescription()));
        complaintLabel.setText(i18n.get("tickets.detail.complaint", t.complaint()));
        verdictLabel.setText(i18n.get("tickets.detail.verdict", i18n.get("verdict." + t.verdict().name())));
        quoteLabel.setText(!t.chargeable() ? i18n.get("tickets.detail.quoteNone") : t.quote()
                .map(q -> i18n.get("tickets.detail.quote", Formats.money(q))).orElse(i18n.get("tickets.detail.quoteLater")));
        workshopLabel.setText(t.workshop().map(w -> i18n.get("tickets.detail.workshop", w + t.expectedReturn()
                .map(d -> " · " + Formats.date(d, i18n.locale())).orElse(""))).orElse(""));
        chargeLabel.setText(t.finalCharge().map(c -> i18n.get("tickets.detail.charge", Formats.money(c))).orElse(""));
        custodyLabel.setText(model.custodyShown() ? custody(t) : "");
        custodyLabel.getStyleClass().remove("field-error");
        if (t.custody().missing()) {
            custodyLabel.getStyleClass().add("field-error");
        }
        printCollectionButton.setDisable(t.state() != TicketState.COLLECTED);
        for (TicketAction action : TicketAction.values()) {
            // A disposal is recorded from the uncollected pieces, where Cap. 294's timeline is checked.
            if (model.allowed().contains(action) && action != TicketAction.DISPOSE) {
                Button button = new Button(i18n.get("tickets.action." + action.name()));
                button.setId("action-" + action.name());
                button.setOnAction(e -> perform(action, t));
                actionPane.getChildren().add(button);
                // A piece not here cannot be handed over here: said before anyone asks the customer for digits.
                if (action == TicketAction.COLLECT) {
                    model.pickupRefusal(t).ifPresent(why -> {
                        button.setDisable(true);
                        Label reason = new Label(ErrorWords.of(i18n, why) + " " + i18n.get("tickets.notHere.tell"));
                        reason.setId("pickupRefusal");
                        reason.setWrapText(true);
                        reason.getStyleClass().add("field-error");
                        actionPane.getChildren().add(reason);
                    });
                }
            }
        }
        // The customer may choose, at intake or later, the shop where they will collect.
        if (model.custodyShown() && t.state() != TicketState.COLLECTED && t.state() != TicketState.DISPOSED) {
            Button collectAt = new Button(i18n.get("tickets.collectAt"));
            collectAt.setId("action-COLLECT_AT");
            collectAt.setOnAction(e -> chooseCollectingShop(t));
            actionPane.getChildren().add(collectAt);
        }
        // A quote to answer or a piece to collect: the customer can be told from here too.
        if (tellCustomer != null && (t.state() == TicketState.QUOTED || t.state() == TicketState.READY_FOR_PICKUP)) {
            Button tell = new Button(i18n.get("tickets.tell"));
            tell.setId("action-TELL");
            tell.setOnAction(e -> tellCustomer.accept(t, () -> model.open(t.ticketNo(), found -> focusNextStep())));
            actionPane.getChildren().add(tell);
        }
    }

    private void showClaim(ClaimSummary claim) {
        if (claim == null) {
            flagsLabel.setText("");
            photosLabel.setText("");
            overrideLabel.setText("");
            return;
        }
        flagsLabel.setText(claim.flags().isEmpty() ? "" : i18n.get("tickets.detail.flags", claim.flags().stream()
                .map(code -> policy.clause(code).map(c -> c.title().in(i18n.locale())).orElse(code))
                .collect(Collectors.joining(i18n.get("list.separator")))));
        overrideLabel.setText(claim.override().map(o -> i18n.get("tickets.detail.override",
                claim.overrideBy().orElse(""), o.reason(), i18n.get("verdict." + claim.policyVerdict().name()))).orElse(""));
        photosLabel.setText(i18n.get("tickets.detail.photos", claim.photos()));
    }

    /** Thumbnails, loaded in the background so the list never waits for a photo. */
    private void showPhotos() {
        photoPane.getChildren().setAll(model.photos().stream().map(path -> {
            javafx.scene.image.ImageView view = new javafx.scene.image.ImageView(
                    new javafx.scene.image.Image(path.toUri().toString(), 90, 90, true, true, true));
            view.getStyleClass().add("ticket-photo");
            return (Node) view;
        }).toList());
    }

    private void showTimeline() {
        // A step that did not apply says so right under its own line, before its note.
        timelineList.getItems().setAll(model.events().stream().map(e -> new TimelineCell.Entry(
                e.notice().map(n -> i18n.get("tickets.event.notice", Formats.dateTime(e.at(), i18n.locale()),
                        i18n.word("notice.kind.", n.kind()), i18n.word("notice.way.", n.way()), e.who()))
                        .orElseGet(() -> com.alluressories.caredesk.ticket.TicketHistory.isCustody(e.action())
                                ? i18n.get("tickets.event.custody", Formats.dateTime(e.at(), i18n.locale()), custodyStep(e),
                                        e.who())
                                : i18n.get("tickets.event", Formats.dateTime(e.at(), i18n.locale()), state(e.to()),
                                e.who()))
                        + (e.applied() ? "" : "\n" + i18n.get("tickets.event.notApplied"))
                        + (e.note().isBlank() ? "" : "\n" + i18n.get("tickets.event.note", e.note())),
                e.applied())).toList());
    }

    /** A custody step in words: sent, received, missing, found, where the customer collects. */
    private String custodyStep(com.alluressories.caredesk.ticket.TicketEvent e) {
        String key = "tickets.step." + e.action();
        if (!i18n.has(key)) {
            return e.action();
        }
        boolean found = !e.detail("found_at").isEmpty();
        return i18n.get(key, e.detail("dispatch_no"), where(e.detail("from")), where(e.detail("to")),
                where(e.detail("at")), where(e.detail("shop")), found ? 1 : 0, found ? where(e.detail("found_at")) : "");
    }


    /** Each action's form, opened through the dialog service; a confirmed form goes to the model. */
    private void perform(TicketAction action, Ticket t) {
        switch (action) {
            case QUOTE -> {
                QuoteForm form = new QuoteForm();
                if (dialogs.showForm(new QuoteDialog(form, i18n))) {
                    model.quote(form, this::focusNextStep);
                }
            }
            case APPROVE_QUOTE, DECLINE_QUOTE -> {
                QuoteAnswerForm form = new QuoteAnswerForm(action == TicketAction.APPROVE_QUOTE, model.today());
                if (dialogs.showForm(new QuoteAnswerDialog(form, i18n))) {
                    model.answerQuote(form, this::focusNextStep);
                }
            }
            case START_REPAIR -> {
                StartRepairForm form = new StartRepairForm(model.today());
                if (dialogs.showForm(new StartRepairDialog(form, i18n))) {
                    model.startRepair(form, this::focusNextStep);
                }
            }
            case READY -> {
                ReadyForm form = new ReadyForm(t);
                if (dialogs.showForm(new ReadyDialog(form, i18n))) {
                    model.ready(form, this::focusNextStep);
                }
            }
            case COLLECT -> {
                PickupForm form = new PickupForm(t);
                if (dialogs.showForm(new PickupDialog(form, i18n))) {
                    model.collect(form, () -> {
                        focusNextStep();
                        print(DocumentKind.COLLECTION);
                    });
                }
            }
        }
    }

    /**
     * After an action, the keyboard stays on the ticket: on the next action the ticket allows, or on
     * the list when there is none (the button pressed is gone, and JavaFX would hand the keyboard to
     * the header's lock button, locking the window on the next Enter).
     */
    private void focusNextStep() {
        actionPane.getChildren().stream().findFirst().ifPresentOrElse(Node::requestFocus, ticketTable::requestFocus);
    }

    @FXML
    private void printCustomer() {
        print(DocumentKind.CUSTOMER);
    }

    @FXML
    private void printTag() {
        print(DocumentKind.TAG);
    }

    @FXML
    private void printCollection() {
        print(DocumentKind.COLLECTION);
    }

    private PrintPreview print(DocumentKind kind) {
        Ticket t = model.selectedProperty().get();
        if (t == null) {
            return null;
        }
        // The PDF is made while the preview opens (at once, empty), and fills it when ready.
        PrintPreview[] opened = new PrintPreview[1];
        Object[] early = new Object[1]; // the PDF or its failure, should it come before the preview is open
        model.document(kind, paperBox.getValue(), printout -> {
            if (opened[0] == null) {
                early[0] = printout;
            } else {
                opened[0].show(printout);
            }
        }, error -> {
            if (opened[0] == null) {
                early[0] = error;
            } else {
                opened[0].failed(error);
            }
        });
        PrintPreview preview = PrintPreview.open(root.getScene().getWindow(), i18n, t.ticketNo(),
                t.ticketNo() + "-" + kind.name().toLowerCase(Locale.ROOT), model::chooseSlipPrinter);
        opened[0] = preview;
        if (early[0] instanceof com.alluressories.caredesk.ui.Printout printout) {
            preview.show(printout);
        } else if (early[0] instanceof Throwable error) {
            preview.failed(error);
        }
        return preview;
    }

    /**
     * Ctrl+P: the customer copy and the bag tag straight to this PC's slip printer. Without one
     * chosen, the customer copy's preview opens and says how to choose it.
     */
    @FXML
    private void printForCounter() {
        if (model.selectedProperty().get() == null) {
            return;
        }
        printStatus.setText(i18n.get("tickets.print.sending"));
        model.printForCounter(printer -> printStatus.setText(i18n.get("tickets.print.sent", printer)), error -> {
            printStatus.setText("");
            if (error instanceof RepairTicketsViewModel.NoSlipPrinterException) {
                PrintPreview preview = print(DocumentKind.CUSTOMER);
                if (preview != null) {
                    preview.say(i18n.get("tickets.print.chooseSlip"));
                }
            } else {
                dialogs.showError(i18n.get("tickets.title"), ErrorWords.of(i18n, error));
            }
        });
    }

    /** Opens a ticket by number, e.g. after a scan anywhere in the app. */
    public void open(String ticketNo) {
        model.open(ticketNo, found -> { });
    }

    private String state(TicketState s) {
        return i18n.get("state." + s.name());
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void focusMainField() {
        ticketSearchField.requestFocus();
        ticketSearchField.selectAll();
    }

    LocalDate today() {
        return model.today();
    }

    @Override
    public void dispose() {
        subs.dispose();
        if (root.getScene() != null) {
            root.getScene().focusOwnerProperty().removeListener(revealFocused);
        }
    }
}
