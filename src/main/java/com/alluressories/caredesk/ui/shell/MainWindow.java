package com.alluressories.caredesk.ui.shell;

import com.alluressories.caredesk.app.ChainLink;
import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.chain.Membership;
import com.alluressories.caredesk.claim.ClaimSummary;
import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.Permission;
import com.alluressories.caredesk.staff.StaffService;
import com.alluressories.caredesk.ui.DialogService;
import com.alluressories.caredesk.ui.ErrorWords;
import com.alluressories.caredesk.ui.FxDialogService;
import com.alluressories.caredesk.ui.I18n;
import com.alluressories.caredesk.ui.Keyboard;
import com.alluressories.caredesk.ui.ManagerApproval;
import com.alluressories.caredesk.ui.Screen;
import com.alluressories.caredesk.ui.ScreenView;
import com.alluressories.caredesk.ui.TaskRunner;
import com.alluressories.caredesk.ui.audit.AuditTrailView;
import com.alluressories.caredesk.ui.audit.AuditTrailViewModel;
import com.alluressories.caredesk.ui.chain.JoinChainForm;
import com.alluressories.caredesk.ui.claim.ClaimIntakeView;
import com.alluressories.caredesk.ui.claim.ClaimIntakeViewModel;
import com.alluressories.caredesk.ui.lookup.LineRow;
import com.alluressories.caredesk.ui.lookup.ReceiptImportViewModel;
import com.alluressories.caredesk.ui.lookup.ReceiptLookupView;
import com.alluressories.caredesk.ui.lookup.ReceiptLookupViewModel;
import com.alluressories.caredesk.ui.setup.ShopSetupView;
import com.alluressories.caredesk.ui.setup.ShopSetupViewModel;
import com.alluressories.caredesk.ui.signin.FxManagerApproval;
import com.alluressories.caredesk.ui.signin.SignInView;
import com.alluressories.caredesk.ui.signin.SignInViewModel;
import com.alluressories.caredesk.ui.staff.StaffView;
import com.alluressories.caredesk.ui.staff.StaffViewModel;
import com.alluressories.caredesk.ui.tickets.RepairTicketsView;
import com.alluressories.caredesk.ui.tickets.RepairTicketsViewModel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window and the GUI's composition: it builds every view model once and rebuilds the
 * views (for instance on a language switch) around them, so nothing typed is lost.
 * Above 300 lines: it is the one place where the window's services, screens and dialogs are wired.
 */
public final class MainWindow {
    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);
    public static final String THEME = "/com/alluressories/caredesk/ui/theme.css";

    private final Stage stage;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final DialogService dialogs;
    private final Scene scene;
    private final SignInViewModel signInModel;
    private final IdleLock idle;
    /** The lock screen's DEMO mark: the shop's, once the store is open. */
    private final javafx.beans.property.BooleanProperty demo = new javafx.beans.property.SimpleBooleanProperty(false);
    /** What waits for the rest of the window (a sign-in that beat the store's opening). */
    private final java.util.List<Runnable> afterAssembly = new java.util.ArrayList<>();
    private final Path dataDir;
    private boolean languageChosen;
    private final java.util.concurrent.atomic.AtomicReference<String> chosenLanguage =
            new java.util.concurrent.atomic.AtomicReference<>();
    // The rest of the window, made by assemble() once the store is open.
    private Services services;
    private ShellViewModel shellModel;
    private ReceiptLookupViewModel lookupModel;
    private ClaimIntakeViewModel claimModel;
    private RepairTicketsViewModel ticketsModel;
    private StaffViewModel staffModel;
    private AuditTrailViewModel auditModel;
    private com.alluressories.caredesk.ui.reports.ReportsViewModel reportsModel;
    private com.alluressories.caredesk.ui.privacy.CustomerDataViewModel privacyModel;
    private com.alluressories.caredesk.ui.custody.HandOversViewModel custodyModel;
    private com.alluressories.caredesk.ui.notices.CustomersToTellViewModel noticesModel;
    private com.alluressories.caredesk.ui.notices.Letters letters;
    private ManagerApproval approval;
    private BackupView backup;
    private JoinChainAction joinChain;
    private ShellView shellView;
    private SignInView signInView;

    public MainWindow(Stage stage, Services services, TaskRunner tasks, Locale locale) {
        this(stage, services, tasks, locale, new FxCountdown());
    }

    /** @param idleCountdown the idle lock's clock (a test's own, to run it out at once) */
    public MainWindow(Stage stage, Services services, TaskRunner tasks, Locale locale, IdleLock.Countdown idleCountdown) {
        this(stage, services, tasks, locale, idleCountdown, (url, code, progress) -> ChainLink.joinNow(
                services.store(), services.clock(), services.shop().isDemo(), url, code, progress));
    }

    /** @param joiner joins the chain for "Join the chain…" (off the FX thread) */
    public MainWindow(Stage stage, Services services, TaskRunner tasks, Locale locale, JoinChainForm.Joiner joiner) {
        this(stage, services, tasks, locale, new FxCountdown(), joiner);
    }

    /** The whole window at once, on an open store. */
    public MainWindow(Stage stage, Services services, TaskRunner tasks, Locale locale, IdleLock.Countdown idleCountdown,
                      JoinChainForm.Joiner joiner) {
        this(stage, CompletableFuture.completedFuture(services), services.store().dataDir(), tasks, locale, idleCountdown);
        languageChosen = true; // the caller's
        assemble(services, joiner);
    }

    /**
     * The lock screen alone, before the store is open: a person can start typing their staff number
     * at once. {@link #assembleWhenOpen} makes the rest behind it. Nothing below waits on the window's
     * thread: the lock screen's own work ({@code opening}) is done on the task runner's threads.
     */
    public static MainWindow lockScreenFirst(Stage stage, CompletableFuture<Services> opening, Path dataDir,
                                             TaskRunner tasks, Locale locale) {
        return new MainWindow(stage, opening, dataDir, tasks, locale, new FxCountdown());
    }

    private MainWindow(Stage stage, CompletableFuture<Services> opening, Path dataDir, TaskRunner tasks, Locale locale,
                       IdleLock.Countdown idleCountdown) {
        this.stage = stage;
        this.dataDir = dataDir;
        this.tasks = tasks;
        this.i18n = new I18n(locale);
        this.dialogs = new FxDialogService(stage, i18n);
        // A dialog still open is work in hand (a ticket being opened for a saved claim): the lock
        // waits for it, rather than cutting it off half-way or leaving it open over the lock. A popup
        // (a list, a tooltip, a notification) is not.
        this.idle = new IdleLock(idleCountdown, StaffService.DEFAULT_IDLE_LOCK,
                () -> Window.getWindows().stream().anyMatch(w -> w != stage && w.isShowing() && !(w instanceof PopupWindow)),
                () -> lock("idle"));
        Rectangle2D screenArea = javafx.stage.Screen.getPrimary().getVisualBounds();
        this.scene = new Scene(new StackPane(), Math.min(1280, screenArea.getWidth()),
                Math.min(800, screenArea.getHeight()));
        scene.getStylesheets().add(MainWindow.class.getResource(THEME).toExternalForm());
        Keyboard.install(scene);
        // The lock screen's staff and session are the store's: asked for only on the task runner's
        // threads (which wait for the store), and after a task has had them.
        this.signInModel = new SignInViewModel(() -> opening.join().staff(), () -> opening.join().session(), tasks);
        // F2–F8 go to their screens from anywhere: a filter, not an accelerator, because a focused
        // table takes F2 for itself (its "edit" key) and the accelerator would never hear it.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (idle.isLocked() || shellView == null || e.isControlDown() || e.isAltDown() || e.isShiftDown()
                    || e.isMetaDown()) {
                return;
            }
            if (e.getCode() == KeyCode.F1) {
                e.consume();
                KeysHelpView.show(stage, i18n, scene.getStylesheets());
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
        scene.addEventFilter(InputEvent.ANY, e -> idle.activity());
        idle.lockedProperty().addListener((obs, was, now) -> showLock());
        i18n.localeProperty().addListener((obs, old, now) -> {
            build();
            WindowPlacement.rememberLanguage(dataDir, now.toLanguageTag());
            if (services == null) {
                languageChosen = true;
            }
            // Each save writes the language chosen last, whichever of two quick changes runs first.
            chosenLanguage.set(now.toLanguageTag());
            tasks.run(() -> {
                synchronized (chosenLanguage) { // one save at a time: the last to run reads the last choice
                    opening.join().shop().saveLanguage(chosenLanguage.get());
                }
                return null;
            }, ok -> { }, error -> LOG.warn("Cannot save the language preference", error));
        });
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("app.window.title") + (demo.get() ? " — " + i18n.get("app.demo") : ""),
                demo, i18n.bundleProperty()));
        stage.setMinWidth(Math.min(1024, screenArea.getWidth()));
        stage.setMinHeight(Math.min(680, screenArea.getHeight()));
        stage.setScene(scene);
        WindowPlacement.apply(stage, dataDir);
        build();
        signInModel.prepare(() -> {
            if (idle.isLocked()) {
                signInView.focus();
            }
        });
    }

    /**
     * Makes the rest of the window once {@code opening} is done and the lock screen has been drawn
     * (the pulse after the first frame), so the first frame never waits for it. {@code joiner} is
     * made from the open store; {@code assembled} runs after, on the window's thread.
     */
    public void assembleWhenOpen(CompletableFuture<Services> opening,
                                 java.util.function.Function<Services, JoinChainForm.Joiner> joiner,
                                 java.util.function.Consumer<Services> assembled,
                                 java.util.function.Consumer<Throwable> failed) {
        javafx.animation.AnimationTimer afterFirstFrame = new javafx.animation.AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses < 2) {
                    return;
                }
                stop();
                setIcons();
                opening.whenComplete((opened, error) -> Platform.runLater(() -> {
                    if (error != null) {
                        failed.accept(error instanceof java.util.concurrent.CompletionException c && c.getCause() != null
                                ? c.getCause() : error);
                        return;
                    }
                    assemble(opened, joiner.apply(opened));
                    assembled.accept(opened);
                }));
            }
        };
        afterFirstFrame.start();
    }

    /** The window's icons (the lock screen does not wait for them). */
    private void setIcons() {
        if (!stage.getIcons().isEmpty()) {
            return;
        }
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            stage.getIcons().add(new Image(MainWindow.class.getResourceAsStream("/assets/icons/caredesk-" + size + ".png")));
        }
    }

    /** The rest of the window, on the open store; what waited for it runs after. */
    private void assemble(Services services, JoinChainForm.Joiner joiner) {
        this.services = services;
        setIcons();
        this.approval = new FxManagerApproval(stage, services.staff(), services.session(), tasks, i18n,
                scene.getStylesheets());
        this.shellModel = new ShellViewModel(services.shop(), services.staff(), services.session(), tasks,
                services.store().dataDir(), () -> Membership.of(services.store()).isPresent());
        demo.bind(shellModel.demoProperty());
        this.lookupModel = new ReceiptLookupViewModel(services.receipts(), services.policy(), services.clock(), tasks);
        this.claimModel = new ClaimIntakeViewModel(services.claims(), services.photos(), tasks, approval);
        claimModel.shopReadyProperty().bind(Bindings.createBooleanBinding(
                () -> shellModel.profileProperty().get().isPresent(), shellModel.profileProperty()));
        this.ticketsModel = new RepairTicketsViewModel(services.tickets(), services.claims(), services.photos(), services.printing(),
                services.clock(), tasks, approval, services::printers, services.slipPrinter(), services.custody());
        this.staffModel = new StaffViewModel(services.staff(), tasks, approval);
        this.auditModel = new AuditTrailViewModel(services.audit(), tasks, approval, services.clock());
        this.reportsModel = new com.alluressories.caredesk.ui.reports.ReportsViewModel(services.reports(), tasks, approval,
                services.clock(), services.policy(), services::printers, ticketNo -> {
                    // One of a figure's tickets: Repair tickets, with that ticket open.
                    shellModel.show(Screen.TICKETS);
                    ticketsModel.open(ticketNo, found -> shellView.refocus());
                });
        this.privacyModel = new com.alluressories.caredesk.ui.privacy.CustomerDataViewModel(services.purge(),
                services.customerData(), services.corrections(), tasks, approval, services::printers, services.clock(),
                services.policy());
        this.custodyModel = new com.alluressories.caredesk.ui.custody.HandOversViewModel(services.custody(),
                services.tickets(), tasks, services::printers, approval, services.clock());
        this.noticesModel = new com.alluressories.caredesk.ui.notices.CustomersToTellViewModel(services.notices(), tasks,
                approval, () -> services.shop().shopCode());
        this.letters = new com.alluressories.caredesk.ui.notices.PreviewLetters(stage, i18n, tasks,
                services.noticePrinting(), services::printers, services.clock());
        this.backup = new BackupView(stage, i18n, shellModel, services.backups(), services.clock(), tasks);
        this.joinChain = new JoinChainAction(stage, i18n, dialogs, approval, tasks, shellModel, (url, code, progress) -> {
            var joined = joiner.join(url, code, progress);
            services.chainJoined(url, code.nodeCode());
            return joined;
        });
        staffModel.idleLockProperty().addListener((obs, old, now) -> idle.setLength(now));
        // The shop's language, unless someone chose one on the lock screen while the store was opening.
        Locale stored = services.shop().language().map(I18n::fromTag).orElse(i18n.localeProperty().get());
        if (!languageChosen && !stored.equals(i18n.localeProperty().get())) {
            i18n.localeProperty().set(stored); // builds the whole window in it
        } else {
            build();
        }
        WindowPlacement.rememberLanguage(dataDir, i18n.localeProperty().get().toLanguageTag());
        shellModel.refresh();
        staffModel.loadIdleLock();
        // Repair tickets' own search and Hand-overs' bag-tag scans take ticket numbers themselves.
        new ScannedTickets(() -> !idle.isLocked() && shellModel.screenProperty().get() != Screen.TICKETS
                && shellModel.screenProperty().get() != Screen.CUSTODY,
                number -> ticketsModel.open(number.value(), found -> {
                    if (found) {
                        shellModel.show(Screen.TICKETS);
                    }
                })).install(scene);
        Optional<Actor> already = services.session().current();
        if (already.isPresent()) {
            signedIn(already.get());
        }
        java.util.List<Runnable> waiting = java.util.List.copyOf(afterAssembly);
        afterAssembly.clear();
        waiting.forEach(Runnable::run);
    }

    /** True once the whole window is made (the lock screen comes first). */
    public boolean isAssembled() {
        return services != null;
    }

    /**
     * (Re)makes the views in the window's language: the lock screen alone until the rest is
     * assembled. A lock screen already up for the same language is kept as it is, with its focus.
     */
    private void build() {
        boolean keepLock = signInView != null && shellView == null && services != null
                && signInView.language().equals(i18n.localeProperty().get());
        if (shellView != null) {
            shellView.dispose();
            shellView = null;
        }
        if (services != null) {
            shellView = new ShellView(shellModel, i18n, this::createScreen, this::openSetup, joinChain::open,
                    backup::toChosenFolder, () -> lock("shortcut"));
        }
        if (!keepLock) {
            if (signInView != null) {
                signInView.dispose();
            }
            signInView = new SignInView(signInModel, i18n, this::signedIn, demo);
        }
        if (keepLock) {
            ((StackPane) scene.getRoot()).getChildren().add(0, shellView.root());
            shellView.root().setVisible(!idle.isLocked());
            return;
        }
        scene.setRoot(shellView == null ? new StackPane(signInView.root()) : new StackPane(shellView.root(), signInView.root()));
        showLock();
    }

    /** The lock screen covers the window (and hides what was on it) until someone signs in. */
    private void showLock() {
        boolean on = idle.isLocked();
        if (shellView != null) {
            shellView.root().setVisible(!on);
        }
        signInView.root().setVisible(on);
        if (on) {
            Platform.runLater(signInView::focus);
        }
    }

    /** Someone signed in: back to the screen that was showing, as it was (once the window is all made). */
    private void signedIn(Actor actor) {
        if (services == null) {
            afterAssembly.add(() -> signedIn(actor));
            return;
        }
        shellModel.signedIn(actor);
        staffModel.signedIn(actor);
        auditModel.signedIn(actor);
        reportsModel.signedIn(actor);
        privacyModel.signedIn(actor);
        idle.unlocked();
        Platform.runLater(shellView::refocus);
    }

    /** Locks the window (idle, or Ctrl+L): nothing typed is lost, nobody acts until a PIN is given. */
    public void lock(String why) {
        if (idle.isLocked() || services == null) {
            return;
        }
        signInModel.lock(why);
        shellModel.signedOut();
        staffModel.forgetApproval();
        auditModel.forgetApproval();
        reportsModel.forgetApproval();
        privacyModel.forgetApproval();
        idle.locked();
    }

    /** The outcome of an automatic backup: a failure stays in the status bar until a backup works. */
    public void backupDone(Throwable failure) {
        backup.automaticDone(failure);
    }

    /** True while the lock screen is up. */
    public boolean isLocked() {
        return idle.isLocked();
    }

    private ScreenView createScreen(Screen screen) {
        return switch (screen) {
            case LOOKUP -> new ReceiptLookupView(lookupModel,
                    () -> new ReceiptImportViewModel(services.receipts(), tasks, Platform::runLater), i18n, this::startClaim,
                    dialogs, () -> shellModel.demoProperty().get());
            case CLAIM -> new ClaimIntakeView(claimModel, i18n, shellModel::show, dialogs, this::openTicketFor);
            case TICKETS -> new RepairTicketsView(ticketsModel, i18n, dialogs, services.policy(), this::tellCustomer);
            case STAFF -> new StaffView(staffModel, i18n, dialogs);
            case AUDIT -> new AuditTrailView(auditModel, i18n, dialogs, stage, services.policy());
            case REPORTS -> new com.alluressories.caredesk.ui.reports.ReportsView(reportsModel, i18n, dialogs, stage,
                    services.policy());
            case NOTICES -> new com.alluressories.caredesk.ui.notices.CustomersToTellView(noticesModel, i18n, dialogs,
                    letters);
            case PRIVACY -> new com.alluressories.caredesk.ui.privacy.CustomerDataView(privacyModel, i18n, dialogs, stage);
            case CUSTODY -> new com.alluressories.caredesk.ui.custody.HandOversView(custodyModel, i18n, dialogs, stage);
        };
    }

    /** "Tell the customer" for a ticket on the Repair tickets screen; {@code told} runs once it is recorded. */
    private void tellCustomer(com.alluressories.caredesk.ticket.Ticket ticket, Runnable told) {
        var form = noticesModel.tell(ticket, java.util.Optional.empty());
        var dialog = new com.alluressories.caredesk.ui.notices.TellCustomerDialog(form, i18n, n -> letters.letter(n,
                ticket.customerName(), java.util.List.of(), false));
        if (dialogs.showForm(dialog)) {
            form.confirm(told, error -> dialogs.showError(i18n.get("notices.title"), ErrorWords.of(i18n, error)));
        }
    }

    /** From a receipt line in lookup straight into claim intake, focus on the complaint. */
    private void startClaim(LineRow row) {
        claimModel.startFromReceipt(row.receipt(), row.line());
        shellModel.show(Screen.CLAIM);
        shellView.refocus();
    }

    /** Straight from a saved claim to its repair ticket: the promised date, then the ticket on screen. */
    public void openTicketFor(ClaimSummary claim) {
        OpenTicketViewModel model = new OpenTicketViewModel(claim, LocalDate.now(services.clock()),
                (c, promised) -> services.tickets().open(c, services.shop().shopCode().orElse(null), promised), tasks);
        new OpenTicketView(model, i18n).showAndWait(stage, scene.getStylesheets());
        model.open(ticket -> {
            shellModel.show(Screen.TICKETS);
            ticketsModel.open(ticket.ticketNo(), found -> shellView.refocus());
        }, error -> dialogs.showError(i18n.get("tickets.open.title"), ErrorWords.of(i18n, error)));
    }

    /** The shop's settings are a manager's: a manager signed in, or one approving now. */
    private void openSetup() {
        approval.request(Permission.CHANGE_SETTINGS, this::openSetup);
    }

    private void openSetup(Actor by) {
        boolean leavingDemo = shellModel.demoProperty().get();
        ShopSetupViewModel model = new ShopSetupViewModel(
                leavingDemo ? Optional.empty() : shellModel.profileProperty().get(), leavingDemo);
        if (new ShopSetupView(model, i18n, leavingDemo).showAndWait(stage, scene.getStylesheets())) {
            shellModel.setUpShop(model, by, this::signedIn,
                    () -> dialogs.showInfo(i18n.get("setup.title"), i18n.get("setup.done", model.profile().code())),
                    error -> dialogs.showError(i18n.get("setup.failed"), ErrorWords.of(i18n, error)));
        }
    }

    /** Opens Receipt lookup and imports a sales export there, with the progress dialog. */
    public void importSales(Path file) {
        shellModel.show(Screen.LOOKUP);
        shellView.screen(Screen.LOOKUP, ReceiptLookupView.class).ifPresent(view -> view.startImport(file));
    }

    /** Claim intake's state, for the drop of photos from outside the window (and tests). */
    public ClaimIntakeViewModel claimIntake() {
        return claimModel;
    }

    /** Where this PC stands with head office (from the chain's thread). */
    public void syncStatus(com.alluressories.caredesk.chain.SyncStatus status) {
        Platform.runLater(() -> shellModel.syncStatusProperty().set(status));
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
