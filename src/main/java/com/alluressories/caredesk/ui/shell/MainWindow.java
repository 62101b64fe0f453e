package com.alluressories.caredesk.ui.shell;

import com.alluressories.caredesk.ticket.TicketNumber;
import com.alluressories.caredesk.ui.Keyboard;
import com.alluressories.caredesk.ui.DatePickers;
import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.ui.DialogService;
import com.alluressories.caredesk.ui.FxDialogService;
import com.alluressories.caredesk.ui.I18n;
import com.alluressories.caredesk.ui.TaskRunner;
import com.alluressories.caredesk.ui.claim.ClaimIntakeView;
import com.alluressories.caredesk.ui.claim.ClaimIntakeViewModel;
import com.alluressories.caredesk.ui.lookup.LineRow;
import com.alluressories.caredesk.ui.lookup.ReceiptImportViewModel;
import com.alluressories.caredesk.ui.lookup.ReceiptLookupView;
import com.alluressories.caredesk.ui.lookup.ReceiptLookupViewModel;
import com.alluressories.caredesk.ui.setup.ShopSetupView;
import com.alluressories.caredesk.ui.setup.ShopSetupViewModel;
import com.alluressories.caredesk.ui.tickets.RepairTicketsView;
import com.alluressories.caredesk.ui.tickets.RepairTicketsViewModel;
import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.ui.ManagerApproval;
import com.alluressories.caredesk.ui.audit.AuditTrailView;
import com.alluressories.caredesk.ui.audit.AuditTrailViewModel;
import com.alluressories.caredesk.ui.signin.FxManagerApproval;
import com.alluressories.caredesk.ui.signin.SignInView;
import com.alluressories.caredesk.ui.signin.SignInViewModel;
import com.alluressories.caredesk.ui.staff.StaffView;
import com.alluressories.caredesk.ui.staff.StaffViewModel;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCombination;
import javafx.util.Duration;
import com.alluressories.caredesk.claim.ClaimSummary;
import com.alluressories.caredesk.policy.Verdict;
import java.time.LocalDate;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window and the GUI's composition: it builds every view model once and rebuilds the
 * views (for instance on a language switch) around them, so nothing typed is lost.
 */
public final class MainWindow {
    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);
    public static final String THEME = "/com/alluressories/caredesk/ui/theme.css";

    private final Stage stage;
    private final Services services;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final DialogService dialogs;
    private final Scene scene;
    private final ShellViewModel shellModel;
    private final ReceiptLookupViewModel lookupModel;
    private final ClaimIntakeViewModel claimModel;
    private final RepairTicketsViewModel ticketsModel;
    private final SignInViewModel signInModel;
    private final StaffViewModel staffModel;
    private final AuditTrailViewModel auditModel;
    private final ManagerApproval approval;
    private final BooleanProperty locked = new SimpleBooleanProperty(true);
    private final PauseTransition idle = new PauseTransition(
            Duration.seconds(com.alluressories.caredesk.staff.StaffService.DEFAULT_IDLE_LOCK.toSeconds()));
    private ShellView shellView;
    private SignInView signInView;

    public MainWindow(Stage stage, Services services, TaskRunner tasks, Locale locale) {
        this.stage = stage;
        this.services = services;
        this.tasks = tasks;
        this.i18n = new I18n(locale);
        this.dialogs = new FxDialogService(stage);
        Rectangle2D screenArea = javafx.stage.Screen.getPrimary().getVisualBounds();
        this.scene = new Scene(new StackPane(), Math.min(1280, screenArea.getWidth()),
                Math.min(800, screenArea.getHeight()));
        scene.getStylesheets().add(MainWindow.class.getResource(THEME).toExternalForm());
        Keyboard.install(scene);
        this.approval = new FxManagerApproval(stage, services.staff(), services.session(), tasks, i18n,
                scene.getStylesheets());
        this.shellModel = new ShellViewModel(services.shop(), services.staff(), services.session(), tasks,
                services.store().dataDir());
        this.lookupModel = new ReceiptLookupViewModel(services.receipts(), services.policy(), services.clock(), tasks);
        this.claimModel = new ClaimIntakeViewModel(services.claims(), services.photos(), tasks, approval);
        claimModel.shopReadyProperty().bind(Bindings.createBooleanBinding(
                () -> shellModel.profileProperty().get().isPresent(), shellModel.profileProperty()));
        this.ticketsModel = new RepairTicketsViewModel(services.tickets(), services.claims(), services.photos(), services.printing(),
                services.clock(), tasks, approval, services::printers, services.slipPrinter());
        this.signInModel = new SignInViewModel(services.staff(), services.session(), tasks);
        this.staffModel = new StaffViewModel(services.staff(), tasks, approval);
        this.auditModel = new AuditTrailViewModel(services.audit(), tasks, approval, services.clock());
        // F2–F6 go to their screens from anywhere: a filter, not an accelerator, because a focused
        // table takes F2 for itself (its "edit" key) and the accelerator would never hear it.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (locked.get() || e.isControlDown() || e.isAltDown() || e.isShiftDown() || e.isMetaDown()) {
                return;
            }
            if (e.getCode() == KeyCode.F1) {
                e.consume();
                showKeys();
                return;
            }
            for (Screen screen : Screen.values()) {
                if (screen.shortcut() == e.getCode()) {
                    e.consume();
                    shellModel.show(screen);
                    shellView.refocus();
                    return;
                }
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), () -> lock("shortcut"));
        // Any key or click while signed in restarts the idle countdown.
        scene.addEventFilter(InputEvent.ANY, e -> {
            if (!locked.get()) {
                idle.playFromStart();
            }
        });
        idle.setOnFinished(e -> {
            // A dialog still open is work in hand (a ticket being opened for a saved claim): the lock
            // waits for it, rather than cutting it off half-way or leaving it open over the lock.
            boolean dialogOpen = javafx.stage.Window.getWindows().stream().anyMatch(w -> w != stage && w.isShowing());
            if (dialogOpen) {
                Platform.runLater(idle::playFromStart); // not from inside its own finish: it would not restart
            } else {
                lock("idle");
            }
        });
        locked.addListener((obs, was, now) -> showLock());
        staffModel.idleLockProperty().addListener((obs, old, now) -> {
            idle.setDuration(Duration.seconds(now.toSeconds()));
            if (!locked.get()) {
                idle.playFromStart(); // a running countdown keeps the length it started with
            }
        });
        i18n.localeProperty().addListener((obs, old, now) -> {
            build();
            tasks.run(() -> {
                services.shop().saveLanguage(now.toLanguageTag());
                return null;
            }, ok -> { }, error -> LOG.warn("Cannot save the language preference", error));
        });
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("app.window.title") + (shellModel.demoProperty().get() ? " — " + i18n.get("app.demo") : ""),
                shellModel.demoProperty(), i18n.bundleProperty()));
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            stage.getIcons().add(new Image(MainWindow.class.getResourceAsStream("/assets/icons/caredesk-" + size + ".png")));
        }
        stage.setMinWidth(Math.min(1024, screenArea.getWidth()));
        stage.setMinHeight(Math.min(680, screenArea.getHeight()));
        stage.setScene(scene);
        WindowPlacement.apply(stage, services.store().dataDir());
        build();
        shellModel.refresh();
        staffModel.loadIdleLock();
        watchForScannedTickets();
        Optional<Actor> already = services.session().current();
        if (already.isPresent()) {
            signedIn(already.get());
        } else {
            signInModel.prepare(() -> signInView.focus());
        }
    }

    private void build() {
        if (shellView != null) {
            shellView.dispose();
        }
        if (signInView != null) {
            signInView.dispose();
        }
        shellView = new ShellView(shellModel, i18n, this::createScreen, this::openSetup, this::backUpToFolder,
                () -> lock("shortcut"));
        signInView = new SignInView(signInModel, i18n, this::signedIn, shellModel.demoProperty());
        scene.setRoot(new StackPane(shellView.root(), signInView.root()));
        showLock();
    }

    /** The lock screen covers the window (and hides what was on it) until someone signs in. */
    private void showLock() {
        boolean on = locked.get();
        shellView.root().setVisible(!on);
        signInView.root().setVisible(on);
        if (on) {
            Platform.runLater(signInView::focus);
        }
    }

    /** Someone signed in: back to the screen that was showing, as it was. */
    private void signedIn(Actor actor) {
        shellModel.signedIn(actor);
        staffModel.signedIn(actor);
        auditModel.signedIn(actor);
        locked.set(false);
        idle.playFromStart();
        Platform.runLater(shellView::refocus);
    }

    /** Locks the window (idle, or Ctrl+L): nothing typed is lost, nobody acts until a PIN is given. */
    public void lock(String why) {
        if (locked.get()) {
            return;
        }
        idle.stop();
        signInModel.lock(why);
        shellModel.signedOut();
        staffModel.forgetApproval();
        auditModel.forgetApproval();
        locked.set(true);
    }

    /** F1: every key of the counter, in the reader's language, two columns: the key and what it does. */
    private void showKeys() {
        javafx.scene.layout.GridPane keys = new javafx.scene.layout.GridPane();
        keys.setHgap(18);
        keys.setVgap(6);
        keys.setId("helpKeys");
        String[] lines = i18n.get("help.keys").split("\n");
        for (int row = 0; row < lines.length; row++) {
            String[] parts = lines[row].split("\t", 2);
            Label key = new Label(parts[0]);
            key.getStyleClass().add("shortcut-hint");
            key.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label what = new Label(parts.length > 1 ? parts[1] : "");
            what.setWrapText(true);
            what.setMaxWidth(560);
            keys.addRow(row, key, what);
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(stage);
        dialog.setTitle(i18n.get("help.title"));
        dialog.setHeaderText(i18n.get("help.title"));
        dialog.getDialogPane().getStylesheets().addAll(scene.getStylesheets());
        dialog.getDialogPane().setContent(keys);
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(i18n.get("preview.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.show();
    }

    /** The outcome of an automatic backup: a failure stays in the status bar until a backup works. */
    public void backupDone(Throwable failure) {
        shellModel.backupProblemProperty().set(failure == null ? "" : String.valueOf(failure.getMessage()));
    }

    /** True while the lock screen is up. */
    public boolean isLocked() {
        return locked.get();
    }
    private ScreenView createScreen(Screen screen) {
        return switch (screen) {
            case LOOKUP -> new ReceiptLookupView(lookupModel,
                    () -> new ReceiptImportViewModel(services.receipts(), tasks, Platform::runLater), i18n, this::startClaim,
                    dialogs, () -> shellModel.demoProperty().get());
            case CLAIM -> new ClaimIntakeView(claimModel, i18n, shellModel::show, dialogs, this::openTicketFor);
            case TICKETS -> new RepairTicketsView(ticketsModel, i18n, dialogs, services.policy());
            case STAFF -> new StaffView(staffModel, i18n, dialogs);
            case AUDIT -> new AuditTrailView(auditModel, i18n, dialogs, stage, services.policy());
        };
    }

    /** From a receipt line in lookup straight into claim intake, focus on the complaint. */
    private void startClaim(LineRow row) {
        claimModel.startFromReceipt(row.receipt(), row.line());
        shellModel.show(Screen.CLAIM);
        shellView.refocus();
    }

    /** Straight from a saved claim to its repair ticket: the promised date, then the ticket on screen. */
    public void openTicketFor(ClaimSummary claim) {
        LocalDate today = LocalDate.now(services.clock());
        DatePicker promised = DatePickers.create(
                today.plusDays(claim.finalVerdict() == Verdict.WARRANTY_REPAIR ? 7 : 14), i18n.locale());
        promised.setId("promisedPicker");
        Label text = new Label(i18n.get("tickets.open.text", claim.id(), i18n.get("verdict." + claim.finalVerdict().name())));
        text.setWrapText(true);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(stage);
        dialog.setTitle(i18n.get("tickets.open.title"));
        dialog.setHeaderText(i18n.get("tickets.open.title"));
        dialog.getDialogPane().getStylesheets().addAll(scene.getStylesheets());
        dialog.getDialogPane().setContent(new VBox(10, text, new HBox(10, new Label(i18n.get("tickets.open.promised")),
                promised)));
        ButtonType open = new ButtonType(i18n.get("tickets.open.confirm"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(open);
        dialog.getDialogPane().lookupButton(open).setId("openTicketButton");
        dialog.setOnCloseRequest(e -> {
            if (dialog.getResult() == null) {
                e.consume(); // the piece is in the shop's hands: it gets its ticket
            }
        });
        dialog.showAndWait();
        DatePickers.commit(promised);
        LocalDate date = promised.getValue() == null || promised.getValue().isBefore(today) ? today : promised.getValue();
        tasks.run(() -> services.tickets().open(claim, services.shop().shopCode().orElse(null), date), ticket -> {
            shellModel.show(Screen.TICKETS);
            ticketsModel.open(ticket.ticketNo(), found -> shellView.refocus());
        }, error -> dialogs.showError(i18n.get("tickets.open.title"),
                error instanceof com.alluressories.caredesk.ticket.TicketException t ? i18n.get(t.key(), t.args())
                        : String.valueOf(error.getMessage())));
    }

    /** A ticket number typed or scanned into any field (or with no field focused) opens the ticket. */
    private void watchForScannedTickets() {
        StringBuilder typed = new StringBuilder();
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (!(scene.getFocusOwner() instanceof TextInputControl) && e.getCharacter().length() == 1
                    && !e.getCharacter().isBlank() && e.getCharacter().charAt(0) >= ' ') {
                typed.append(e.getCharacter());
            }
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.ENTER || locked.get()) {
                typed.setLength(0);
                return;
            }
            String candidate = scene.getFocusOwner() instanceof TextInputControl input ? input.getText().strip()
                    : typed.toString().strip();
            typed.setLength(0);
            if (shellModel.screenProperty().get() != Screen.TICKETS
                    && TicketNumber.PATTERN.matcher(candidate).matches()) {
                ticketsModel.open(candidate, found -> {
                    if (found) {
                        shellModel.show(Screen.TICKETS);
                    }
                });
            }
        });
    }

    /** A manager's backup to a chosen folder (a USB stick), through SQLite, checked after writing. */
    private void backUpToFolder() {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(i18n.get("backup.title"));
        java.io.File folder = chooser.showDialog(stage);
        if (folder == null) {
            return;
        }
        java.nio.file.Path target = folder.toPath().resolve("caredesk-" + java.time.LocalDateTime.now(services.clock())
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".db");
        tasks.run(() -> services.backups().backupTo(target),
                done -> dialogs.showInfo(i18n.get("backup.title"), i18n.get("backup.done", done.toString())),
                error -> dialogs.showError(i18n.get("backup.failed"), String.valueOf(error.getMessage())));
    }

    /** The shop's settings are a manager's: a manager signed in, or one approving now. */
    private void openSetup() {
        approval.request(com.alluressories.caredesk.staff.Permission.CHANGE_SETTINGS, this::openSetup);
    }

    private void openSetup(Actor by) {
        boolean leavingDemo = shellModel.demoProperty().get();
        ShopSetupViewModel model = new ShopSetupViewModel(
                leavingDemo ? java.util.Optional.empty() : shellModel.profileProperty().get(), leavingDemo);
        ShopSetupView view = new ShopSetupView(model, i18n, leavingDemo);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(stage);
        dialog.setTitle(i18n.get("setup.title"));
        dialog.setHeaderText(i18n.get("setup.title"));
        dialog.getDialogPane().getStylesheets().addAll(scene.getStylesheets());
        dialog.getDialogPane().setContent(view.root());
        ButtonType save = new ButtonType(i18n.get("setup.save"), ButtonType.OK.getButtonData());
        ButtonType cancel = new ButtonType(i18n.get("common.cancel"), ButtonType.CANCEL.getButtonData());
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        Node saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.disableProperty().bind(model.validProperty().not());
        Platform.runLater(view::focusFirstField);
        dialog.showAndWait().filter(save::equals).ifPresent(ok -> shellModel.setUpShop(model, by, this::signedIn,
                () -> dialogs.showInfo(i18n.get("setup.title"), i18n.get("setup.done", model.profile().code())),
                error -> dialogs.showError(i18n.get("setup.failed"), error.getMessage())));
    }

    /** Opens Receipt lookup and imports a sales export there, with the progress dialog. */
    public void importSales(java.nio.file.Path file) {
        shellModel.show(Screen.LOOKUP);
        shellView.screen(Screen.LOOKUP, ReceiptLookupView.class).ifPresent(view -> view.startImport(file));
    }

    /** Claim intake's state, for the drop of photos from outside the window (and tests). */
    public ClaimIntakeViewModel claimIntake() {
        return claimModel;
    }

    public void show() {
        stage.show();
    }

    public I18n i18n() {
        return i18n;
    }

    public Services services() {
        return services;
    }
}
