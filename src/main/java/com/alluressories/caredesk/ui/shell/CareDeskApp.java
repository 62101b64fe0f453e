package com.alluressories.caredesk.ui.shell;

import atlantafx.base.theme.PrimerLight;
import com.alluressories.caredesk.app.BackupSchedule;
import com.alluressories.caredesk.app.ChainLink;
import com.alluressories.caredesk.app.GuiLauncher.GuiOptions;
import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.demo.DemoShop;
import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.store.Recovery;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.store.StoreDamagedException;
import com.alluressories.caredesk.ui.ErrorWords;
import com.alluressories.caredesk.ui.FxTaskRunner;
import com.alluressories.caredesk.ui.I18n;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: opens the store while the toolkit starts and the lock screen shows, then makes the rest of the window. */
public final class CareDeskApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(CareDeskApp.class);
    /** The bundled font: it has every Traditional Chinese character the counter needs, on any PC. */
    public static final String FONT = "/assets/fonts/wqy-microhei.ttc";

    // Application.launch() constructs this class itself; these carry main()'s choices across.
    private static volatile GuiOptions options;
    private static volatile CompletableFuture<Services> opening;
    private static volatile int exitCode;
    private static volatile java.util.function.Consumer<MainWindow> whenReady;

    private Services services;
    private FxTaskRunner tasks;
    private BackupSchedule backupSchedule;
    private com.alluressories.caredesk.app.PurgeSchedule purgeSchedule;
    private ChainLink chain;
    private com.alluressories.caredesk.app.HeapTrim heapTrim;

    /** Opens the window and blocks until it is closed. */
    public static int launchAndWait(GuiOptions guiOptions) {
        return launchAndWait(guiOptions, null);
    }

    /**
     * The same, and once the whole window is made, hands it to {@code whenReady} on the window's
     * thread: a scripted session (the speed and memory benchmarks) runs on the real start-up path.
     */
    public static int launchAndWait(GuiOptions guiOptions, java.util.function.Consumer<MainWindow> whenReady) {
        CareDeskApp.whenReady = whenReady;
        quietClassPathWarning();
        options = guiOptions;
        opening = new CompletableFuture<>();
        Application.launch(CareDeskApp.class);
        return exitCode;
    }

    /** Held, so the filter set on it is not lost with a collected logger. */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    /**
     * CareDesk runs from a plain jar, with JavaFX on the class path by design (one file, no module
     * path to set up at a shop): JavaFX's "Unsupported JavaFX configuration: classes were loaded
     * from unnamed module" warning says only that, and is dropped. Every other JavaFX message stays.
     */
    static void quietClassPathWarning() {
        JAVAFX_LOG.setFilter(r -> r.getMessage() == null
                || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
    }

    /** Opens the store; a store created just now gets the demo shop unless told otherwise. */
    public static Services openStore(GuiOptions guiOptions) {
        boolean firstStart = !Files.exists(guiOptions.dataDir().resolve(Store.FILE_NAME));
        Services opened = Services.open(guiOptions.dataDir());
        if (firstStart && guiOptions.demoOnFirstStart()) {
            DemoShop.fill(opened.store(), opened.clock());
        } else {
            DemoShop.ensureStaff(opened.store(), opened.clock());
        }
        return opened;
    }

    /** Theme and fonts, once per JVM, before any window. */
    public static void prepareLook() {
        loadWindowFont();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    /**
     * The window's font, on a thread of its own while the lock screen is made: the window's first
     * CSS pass needs it (every text is set in it), so the returned thread is joined before the
     * window is shown.
     */
    private static Thread loadWindowFontAhead() {
        Thread loading = new Thread(CareDeskApp::loadWindowFont, "caredesk-window-font");
        loading.setDaemon(true);
        loading.start();
        return loading;
    }

    private static void loadWindowFont() {
        try (InputStream font = CareDeskApp.class.getResourceAsStream(FONT)) {
            if (font == null || Font.loadFonts(font, 14) == null) {
                LOG.warn("The bundled font {} could not be loaded; Chinese may fall back to the system's fonts", FONT);
            }
        } catch (java.io.IOException e) {
            LOG.warn("The bundled font {} could not be read", FONT, e);
        }
    }

    /**
     * The lock screen first, in the language last used on this PC, so a person can type their staff
     * number at once; the rest of the window is made behind it once the store is open (opened on its
     * own thread since before the toolkit started). The printing fonts, the schedules and the chain's
     * engine start after that, never before the store they need.
     */
    @Override
    public void start(Stage stage) {
        long t0 = System.nanoTime();
        Thread font = loadWindowFontAhead();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        long t1 = System.nanoTime();
        if (tasks == null) {
            tasks = new FxTaskRunner();
        }
        Locale locale = WindowPlacement.language(options.dataDir()).map(I18n::fromTag).orElse(I18n.ENGLISH);
        CompletableFuture<Services> opened = opening;
        MainWindow window = MainWindow.lockScreenFirst(stage, opened, options.dataDir(), tasks, locale);
        long t2 = System.nanoTime();
        try {
            font.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("Start-up: theme {} ms, lock screen made {} ms, then waited {} ms for the font", (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
        if (options.smokeTest()) {
            stage.setOnShown(e -> Platform.runLater(() -> {
                options.out().println("CareDesk main window shown " + sinceJvmStart() + " ms after JVM start");
                options.out().flush();
            }));
        }
        window.show();
        long t3 = System.nanoTime();
        if (!opened.isDone()) {
            Thread open = new Thread(() -> {
                try {
                    opened.complete(openStore(options));
                } catch (RuntimeException | Error e) {
                    opened.completeExceptionally(e);
                }
            }, "caredesk-open-store");
            open.start();
        }
        window.assembleWhenOpen(opened, services -> {
            // Made now, started once the window is made: "Join the chain…" joins on its thread.
            chain = new ChainLink(services.store(), services.clock());
            return (url, code, progress) -> chain.join(services.shop().isDemo(), url, code, progress);
        }, services -> afterAssembly(stage, window, services, t3), failure -> cannotOpen(stage, failure));
    }

    /** The window is made: the schedules, printing, the chain and the heap's trims start behind it. */
    private void afterAssembly(Stage stage, MainWindow window, Services services, long shownAt) {
        try {
            this.services = services;
            backupSchedule = new BackupSchedule(services.backups(),
                    failure -> Platform.runLater(() -> window.backupDone(failure)));
            purgeSchedule = new com.alluressories.caredesk.app.PurgeSchedule(services.purge(), services.shop()::isDemo);
            warmPrinting(stage, window.i18n(), services);
            chain.start(window::syncStatus);
            heapTrim = com.alluressories.caredesk.app.HeapTrim.start();
            stage.addEventFilter(javafx.scene.input.InputEvent.ANY, e -> heapTrim.activity());
            LOG.info("Start-up: the rest of the window made {} ms after the lock screen was shown",
                    (System.nanoTime() - shownAt) / 1_000_000);
        } catch (RuntimeException | LinkageError e) {
            // The window works without what failed here; a smoke test must say so and stop.
            LOG.error("Could not start what runs behind the window", e);
            if (options.smokeTest()) {
                options.err().println("caredesk: " + e);
                options.err().flush();
                exitCode = 1;
                Platform.exit();
                return;
            }
        }
        if (whenReady != null) {
            whenReady.accept(window);
        }
        if (options.smokeTest()) {
            options.out().println("CareDesk ready " + sinceJvmStart() + " ms after JVM start");
            options.out().flush();
            Platform.exit();
        }
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /**
     * Printing is made ready in the background once the window is, so the first preview shows as fast
     * as the next ones: its fonts loaded, a small document made and drawn as a preview draws it, then
     * a preview's dialog made once (unseen) on the window's thread.
     */
    private static final int WARM_ROUNDS = Integer.getInteger("caredesk.warmRounds", 4);

    private static void warmPrinting(Stage stage, I18n i18n, Services services) {
        Thread warm = new Thread(() -> {
            try {
                long t0 = System.nanoTime();
                // A ticket of the store's own, previewed (nothing is recorded by a preview), else a sample
                // page; a few rounds, so the code that makes and draws a page is compiled, not just loaded.
                java.util.Optional<String> sample = services.tickets().list(new com.alluressories.caredesk.ticket.TicketFilter(
                        java.util.Optional.empty(), false, false, java.util.Optional.empty(), "", 1)).stream()
                        .map(com.alluressories.caredesk.ticket.Ticket::ticketNo).findFirst();
                com.alluressories.caredesk.ui.PrintPreview.warmUp(
                        com.alluressories.caredesk.print.TicketPrintService.warmUp());
                for (int round = 0; round < WARM_ROUNDS; round++) {
                    com.alluressories.caredesk.ui.PrintPreview.warmUp(sample.isPresent()
                            ? services.printing().preview(sample.get(), com.alluressories.caredesk.print.DocumentKind.CUSTOMER,
                                    round % 2 == 0 ? com.alluressories.caredesk.print.Paper.SLIP
                                            : com.alluressories.caredesk.print.Paper.A5)
                            : com.alluressories.caredesk.print.TicketPrintService.warmUp());
                }
                Platform.runLater(() -> com.alluressories.caredesk.ui.PrintPreview.warmUpDialog(stage, i18n));
                LOG.info("Printing made ready in {} ms", (System.nanoTime() - t0) / 1_000_000);
            } catch (RuntimeException | java.io.IOException e) {
                LOG.warn("Cannot make printing ready ahead: {}", e.getMessage());
            }
        }, "caredesk-warm-printing");
        warm.setDaemon(true);
        warm.start();
    }

    /** The store did not open: a damaged one may be restored from a backup (then the window starts again), else the reason. */
    private void cannotOpen(Stage stage, Throwable cause) {
        if (cause instanceof StoreDamagedException damaged && offerRestore(stage, damaged)) {
            start(stage);
            return;
        }
        LOG.error("Cannot open the store", cause);
        I18n i18n = new I18n("zh".equals(Locale.getDefault().getLanguage()) ? I18n.CHINESE : I18n.ENGLISH);
        // A refusal in the window's words; the store's own message names the path, in plain words.
        Alert alert = new Alert(Alert.AlertType.ERROR, ErrorWords.of(i18n, cause));
        alert.initOwner(stage);
        alert.setTitle(i18n.get("error.store.title"));
        alert.setHeaderText(i18n.get("error.store.title"));
        alert.getDialogPane().setMinWidth(560);
        alert.showAndWait();
        options.err().println("caredesk: " + cause.getMessage());
        options.err().flush();
        exitCode = 1;
        Platform.exit();
    }

    /**
     * A damaged store: say so and offer the newest good backup. On yes, the damaged file is moved
     * aside and the backup restored; the window then opens on it.
     */
    private boolean offerRestore(Stage stage, StoreDamagedException damaged) {
        I18n i18n = new I18n("zh".equals(Locale.getDefault().getLanguage()) ? I18n.CHINESE : I18n.ENGLISH);
        Optional<Path> backup = Recovery.newestGoodBackup(options.dataDir());
        if (backup.isEmpty()) {
            return false;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, ErrorWords.of(i18n, damaged) + "\n\n"
                + i18n.get("error.store.restore", backup.get().getFileName().toString()));
        ask.initOwner(stage);
        ask.setTitle(i18n.get("error.store.damaged"));
        ask.setHeaderText(i18n.get("error.store.damaged"));
        ask.getDialogPane().setMinWidth(600);
        if (ask.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).isEmpty()) {
            return false;
        }
        Recovery.replaceDamaged(options.dataDir(), backup.get(), java.time.Clock.system(Services.HONG_KONG),
                Services.STORED_DATA, Services.journal(java.time.Clock.system(Services.HONG_KONG), Actor::app));
        opening = CompletableFuture.completedFuture(Services.open(options.dataDir()));
        return true;
    }

    @Override
    public void stop() {
        if (heapTrim != null) {
            heapTrim.close();
        }
        if (purgeSchedule != null) {
            purgeSchedule.close();
        }
        if (backupSchedule != null) {
            backupSchedule.close();
        }
        if (chain != null) {
            chain.close();
        }
        if (tasks != null) {
            tasks.close();
        }
        if (services != null) {
            services.close();
        }
    }
}
