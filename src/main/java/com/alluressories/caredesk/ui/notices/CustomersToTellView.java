package com.alluressories.caredesk.ui.notices;

import com.alluressories.caredesk.notice.DisposalTimeline;
import com.alluressories.caredesk.notice.DisposalTimeline.Stage;
import com.alluressories.caredesk.notice.NoticeKind;
import com.alluressories.caredesk.notice.NoticeService;
import com.alluressories.caredesk.ticket.TicketService;
import com.alluressories.caredesk.ui.DialogService;
import com.alluressories.caredesk.ui.ErrorWords;
import com.alluressories.caredesk.ui.Formats;
import com.alluressories.caredesk.ui.I18n;
import com.alluressories.caredesk.ui.NoteDialog;
import com.alluressories.caredesk.ui.ScreenView;
import com.alluressories.caredesk.ui.Subscriptions;
import com.alluressories.caredesk.ui.ViewLoader;
import com.alluressories.caredesk.ui.WrappingCell;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

/**
 * Customers to tell (F8): the customers due a message today (Enter tells the one chosen), and the
 * pieces ready and never collected with where each stands under Cap. 294 and the step it allows.
 */
public final class CustomersToTellView implements ScreenView {
    @FXML private TabPane tabs;
    @FXML private Tab dueTab;
    @FXML private Tab uncollectedTab;
    @FXML private TableView<NoticeService.Due> dueTable;
    @FXML private TableColumn<NoticeService.Due, String> dueTicketColumn;
    @FXML private TableColumn<NoticeService.Due, String> dueCustomerColumn;
    @FXML private TableColumn<NoticeService.Due, String> dueItemColumn;
    @FXML private TableColumn<NoticeService.Due, String> dueKindColumn;
    @FXML private TableColumn<NoticeService.Due, String> dueSinceColumn;
    @FXML private TableView<NoticeService.Uncollected> uncollectedTable;
    @FXML private TableColumn<NoticeService.Uncollected, String> unTicketColumn;
    @FXML private TableColumn<NoticeService.Uncollected, String> unCustomerColumn;
    @FXML private TableColumn<NoticeService.Uncollected, String> unReadyColumn;
    @FXML private TableColumn<NoticeService.Uncollected, String> unNoticesColumn;
    @FXML private TableColumn<NoticeService.Uncollected, String> unStageColumn;
    @FXML private Label dueCount;
    @FXML private Label uncollectedCount;
    @FXML private Button tellButton;
    @FXML private Button intentionButton;
    @FXML private Button disputeButton;
    @FXML private Button settleButton;
    @FXML private Button disposeButton;

    private final CustomersToTellViewModel model;
    private final I18n i18n;
    private final DialogService dialogs;
    private final Letters letters;
    private final Parent root;
    private final Subscriptions subs = new Subscriptions();

    public CustomersToTellView(CustomersToTellViewModel model, I18n i18n, DialogService dialogs, Letters letters) {
        this.model = model;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.letters = letters;
        this.root = ViewLoader.load(this, i18n.bundle());
        model.refresh();
    }

    @FXML
    private void initialize() {
        dueTable.setItems(model.due());
        dueTable.setPlaceholder(new Label(i18n.get("notices.due.empty")));
        dueTicketColumn.setCellValueFactory(c -> text(c.getValue().ticket().ticketNo()));
        dueCustomerColumn.setCellValueFactory(c -> text(c.getValue().ticket().customerName()));
        dueItemColumn.setCellValueFactory(c -> text(c.getValue().ticket().itemDescription()));
        dueKindColumn.setCellValueFactory(c -> text(c.getValue().reminderDay()
                .map(d -> i18n.get("notices.due.reminder", d)).orElse(i18n.get("notices.kind." + c.getValue().kind()))));
        dueSinceColumn.setCellValueFactory(c -> text(Formats.date(c.getValue().dueSince(), i18n.locale())));
        uncollectedTable.setItems(model.uncollected());
        uncollectedTable.setPlaceholder(new Label(i18n.get("notices.uncollected.empty")));
        unTicketColumn.setCellValueFactory(c -> text(c.getValue().ticketNo()));
        unCustomerColumn.setCellValueFactory(c -> text(c.getValue().ticket().customerName()));
        unReadyColumn.setCellValueFactory(c -> text(Formats.date(c.getValue().readySince(), i18n.locale()) + "\n"
                + i18n.get("notices.days", c.getValue().daysUncollected())));
        unNoticesColumn.setCellValueFactory(c -> text(notices(c.getValue().notices())));
        unStageColumn.setCellValueFactory(c -> text(stage(c.getValue().timeline())));
        // A ticket number and a date are read whole: their columns never wrap them (a Chinese date
        // would break anywhere, "2026年11月" over "19日"); the others wrap within their cells.
        for (TableColumn<NoticeService.Due, String> column : List.of(dueCustomerColumn, dueItemColumn,
                dueKindColumn)) {
            column.setCellFactory(c -> new WrappingCell<>());
        }
        for (TableColumn<NoticeService.Uncollected, String> column : List.of(unCustomerColumn,
                unReadyColumn, unNoticesColumn, unStageColumn)) {
            column.setCellFactory(c -> new WrappingCell<>());
        }
        dueTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                tell();
            }
        });
        dueTable.setRowFactory(t -> {
            javafx.scene.control.TableRow<NoticeService.Due> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    tell();
                }
            });
            return row;
        });
        tellButton.disableProperty().bind(dueTable.getSelectionModel().selectedItemProperty().isNull());
        subs.onList(model.due(), (ListChangeListener<NoticeService.Due>) c -> counts());
        subs.onList(model.uncollected(), (ListChangeListener<NoticeService.Uncollected>) c -> counts());
        subs.onChange(uncollectedTable.getSelectionModel().selectedItemProperty(), (obs, old, now) -> buttons(now));
        // Ctrl+Tab (or a click on a tab) puts the keyboard on that tab's list, a row chosen, where the
        // next key goes (Up, Down, Enter), not on the tab headers.
        subs.onChange(tabs.getSelectionModel().selectedItemProperty(), (obs, old, now) -> {
            if (root != null && root.getScene() != null) {
                javafx.application.Platform.runLater(this::focusList);
            }
        });
        subs.onChange(model.errorProperty(), (obs, old, now) -> {
            if (now != null) {
                dialogs.showError(i18n.get("notices.title"), ErrorWords.of(i18n, now));
            }
        });
        counts();
        buttons(null);
    }

    private static ReadOnlyStringWrapper text(String value) {
        return new ReadOnlyStringWrapper(value);
    }

    private void counts() {
        dueTab.setText(i18n.get("notices.due.tab", model.due().size()));
        uncollectedTab.setText(i18n.get("notices.uncollected.tab", model.uncollected().size()));
        dueCount.setText(i18n.get("notices.due.count", model.due().size()));
        uncollectedCount.setText(i18n.get("notices.uncollected.count", model.uncollected().size()));
        // A list read again keeps the keyboard on a row, so Enter tells the next customer at once.
        if (dueTable.getSelectionModel().isEmpty() && !model.due().isEmpty()) {
            dueTable.getSelectionModel().selectFirst();
        }
        buttons(uncollectedTable.getSelectionModel().getSelectedItem());
    }

    /** Only the step Cap. 294 allows the chosen piece now can be pressed. */
    private void buttons(NoticeService.Uncollected u) {
        Stage stage = u == null ? null : u.timeline().stage();
        intentionButton.setDisable(stage != Stage.INTENTION_DUE);
        disputeButton.setDisable(stage == null || stage == Stage.DISPUTED || stage == Stage.DISPOSED);
        settleButton.setDisable(stage != Stage.DISPUTED);
        disposeButton.setDisable(stage != Stage.DISPOSAL_ALLOWED);
    }

    private String notices(List<TicketService.GivenNotice> given) {
        if (given.isEmpty()) {
            return i18n.get("notices.none");
        }
        return given.stream().map(n -> Formats.date(n.at().toLocalDate(), i18n.locale()) + " "
                + word("notice.kind." + n.kind(), n.kind()) + " · " + word("notice.way." + n.way(), n.way()))
                .collect(Collectors.joining("\n"));
    }

    private String word(String key, String code) {
        return i18n.bundle().containsKey(key) ? i18n.get(key) : code;
    }

    /** Where a piece stands, with the day that matters next. */
    String stage(DisposalTimeline t) {
        return switch (t.stage()) {
            case NO_READY_NOTICE -> i18n.get("notices.stage.NO_READY_NOTICE");
            case WAITING -> i18n.get("notices.stage.WAITING", date(t.intentionDueOn()));
            case DISPUTED -> i18n.get("notices.stage.DISPUTED");
            case INTENTION_DUE -> i18n.get("notices.stage.INTENTION_DUE", date(t.clockFrom()));
            case INTENTION_SENT -> i18n.get("notices.stage.INTENTION_SENT", date(t.intentionOn()),
                    t.postingRef().orElse(""), date(t.disposalFrom()));
            case DISPOSAL_ALLOWED -> i18n.get("notices.stage.DISPOSAL_ALLOWED", date(t.disposalFrom()));
            case DISPOSED -> i18n.get("notices.stage.DISPOSED");
        };
    }

    private String date(Optional<LocalDate> d) {
        return d.map(x -> Formats.date(x, i18n.locale())).orElse("—");
    }

    @FXML
    private void tell() {
        NoticeService.Due due = dueTable.getSelectionModel().getSelectedItem();
        if (due == null) {
            return;
        }
        if (due.kind() == NoticeKind.INTENTION_TO_SELL) {
            tabs.getSelectionModel().select(uncollectedTab);
            model.uncollected().stream().filter(u -> u.ticketNo().equals(due.ticket().ticketNo())).findFirst()
                    .ifPresent(u -> uncollectedTable.getSelectionModel().select(u));
            intention();
            return;
        }
        TellCustomerForm form = model.tell(due.ticket(), Optional.of(due.kind()));
        TellCustomerDialog dialog = new TellCustomerDialog(form, i18n, n -> letters.letter(n,
                due.ticket().customerName(), List.of(), false));
        if (dialogs.showForm(dialog)) {
            form.confirm(() -> {
                model.refresh();
                dueTable.requestFocus();
            }, error -> dialogs.showError(i18n.get("notices.title"), ErrorWords.of(i18n, error)));
        }
    }

    @FXML
    private void intention() {
        NoticeService.Uncollected u = uncollectedTable.getSelectionModel().getSelectedItem();
        if (u == null || u.timeline().stage() != Stage.INTENTION_DUE) {
            return;
        }
        IntentionDialog dialog = new IntentionDialog(i18n, u.ticketNo(), (lang, composed) -> model.intention(u.ticketNo(),
                lang, composed), (notice, address) -> letters.letter(notice, u.ticket().customerName(), address, true));
        if (dialogs.showForm(dialog)) {
            model.posted(dialog.notice(), dialog.reference(), uncollectedTable::requestFocus);
        }
    }

    @FXML
    private void dispute() {
        NoticeService.Uncollected u = uncollectedTable.getSelectionModel().getSelectedItem();
        if (u == null) {
            return;
        }
        NoteDialog<NoticeService.DisputeAbout> dialog = new NoteDialog<>(i18n, i18n.get("notices.dispute.title",
                u.ticketNo()), i18n.get("notices.dispute.intro"), i18n.get("notices.dispute.note"),
                i18n.get("notices.dispute.record"), List.of(NoticeService.DisputeAbout.values()),
                a -> i18n.get("notices.dispute.about." + a.name()));
        if (dialogs.showForm(dialog)) {
            model.dispute(u.ticketNo(), dialog.choice().orElseThrow(), dialog.note(), uncollectedTable::requestFocus);
        }
    }

    @FXML
    private void settle() {
        NoticeService.Uncollected u = uncollectedTable.getSelectionModel().getSelectedItem();
        if (u == null) {
            return;
        }
        NoteDialog<Object> dialog = new NoteDialog<>(i18n, i18n.get("notices.settle.title", u.ticketNo()),
                i18n.get("notices.settle.intro"), i18n.get("notices.settle.how"), i18n.get("notices.settle.record"),
                List.of(), Object::toString);
        if (dialogs.showForm(dialog)) {
            model.settle(u.ticketNo(), dialog.note(), uncollectedTable::requestFocus);
        }
    }

    @FXML
    private void recordDisposal() {
        NoticeService.Uncollected u = uncollectedTable.getSelectionModel().getSelectedItem();
        if (u == null) {
            return;
        }
        NoteDialog<Object> dialog = new NoteDialog<>(i18n, i18n.get("notices.dispose.title", u.ticketNo()),
                i18n.get("notices.dispose.intro", date(u.timeline().intentionOn()), u.timeline().postingRef().orElse("")),
                i18n.get("notices.dispose.how"), i18n.get("notices.dispose.record"), List.of(), Object::toString);
        if (dialogs.showForm(dialog)) {
            model.dispose(u.ticketNo(), dialog.note(), uncollectedTable::requestFocus);
        }
    }

    @FXML
    private void printShopNotice() {
        letters.shopNotice();
    }

    @FXML
    private void openSettings() {
        NoticeSettingsDialog dialog = new NoticeSettingsDialog(i18n, model.reminderDays(), model::wording,
                model::defaultWording);
        if (dialogs.showForm(dialog)) {
            java.util.Map<NoticeKind, java.util.Map<java.util.Locale, String>> wordings = new java.util.EnumMap<>(
                    NoticeKind.class);
            dialog.wordings().forEach((w, text) -> wordings.computeIfAbsent(w.kind(), k -> new java.util.HashMap<>())
                    .put(w.language(), text));
            model.saveSettings(dialog.reminderDays(), wordings, () ->
                    dialogs.showInfo(i18n.get("notices.settings.title"), i18n.get("notices.settings.saved")));
        }
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void focusMainField() {
        model.refresh();
        focusList();
    }

    /** The keyboard on the list of the tab shown, on a row. */
    private void focusList() {
        TableView<?> table = tabs.getSelectionModel().getSelectedItem() == uncollectedTab ? uncollectedTable : dueTable;
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
    }

    @Override
    public void dispose() {
        subs.dispose();
    }
}
