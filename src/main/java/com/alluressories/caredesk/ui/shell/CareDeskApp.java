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
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: opens the store while the toolkit starts, then shows the main window. */
public final class CareDeskApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(CareDeskApp.class);
    /** The bundled font: it has every Traditional Chinese character the counter needs, on any PC. */
    public static final String FONT = "/assets/fonts/wqy-microhei.ttc";

    // Application.launch() constructs this class itself; these carry main()'s choices across.
    private static volatile GuiOptions options;
    private static volatile CompletableFuture<Services> opening;
    private static volatile int exitCode;

    private Services services;
    private FxTaskRunner tasks;
    private BackupSchedule backupSchedule;
    private com.alluressories.caredesk.app.PurgeSchedule purgeSchedule;
    private ChainLink chain;

    /** Opens the window and blocks until it is closed. */
    public static int launchAndWait(GuiOptions guiOptions) {
        quietClassPathWarning();
        options = guiOptions;
        opening = CompletableFuture.supplyAsync(() -> openStore(guiOptions));
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
        try (InputStream font = CareDeskApp.class.getResourceAsStream(FONT)) {
            if (font == null || Font.loadFonts(font, 14) == null) {
                LOG.warn("The bundled font {} could not be loaded; Chinese may fall back to the system's fonts", FONT);
            }
        } catch (java.io.IOException e) {
            LOG.warn("The bundled font {} could not be read", FONT, e);
        }
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @Override
    public void start(Stage stage) {
        long t0 = System.nanoTime();
        prepareLook();
        long t1 = System.nanoTime();
        try {
            services = opening.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof StoreDamagedException damaged && offerRestore(damaged)) {
                start(stage);
                return;
            }
            LOG.error("Cannot open the store", cause);
            I18n i18n = new I18n("zh".equals(Locale.getDefault().getLanguage()) ? I18n.CHINESE : I18n.ENGLISH);
            // A refusal in the window's words; the store's own message names the path, in plain words.
            Alert alert = new Alert(Alert.AlertType.ERROR, ErrorWords.of(i18n, cause));
            alert.setTitle(i18n.get("error.store.title"));
            alert.setHeaderText(i18n.get("error.store.title"));
            alert.getDialogPane().setMinWidth(560);
            alert.showAndWait();
            options.err().println("caredesk: " + cause.getMessage());
            options.err().flush();
            exitCode = 1;
            Platform.exit();
            return;
        }
        tasks = new FxTaskRunner();
        Locale locale = services.shop().language().map(I18n::fromTag).orElse(I18n.ENGLISH);
        long t2 = System.nanoTime();
        // Made now, started behind the first frame: "Join the chain…" joins on its thread.
        chain = new ChainLink(services.store(), services.clock());
        MainWindow window = new MainWindow(stage, services, tasks, locale, new FxCountdown(),
                (url, code, progress) -> chain.join(services.shop().isDemo(), url, code, progress));
        backupSchedule = new BackupSchedule(services.backups(), failure -> Platform.runLater(() -> window.backupDone(failure)));
        purgeSchedule = new com.alluressories.caredesk.app.PurgeSchedule(services.purge(), services.shop()::isDemo);
        // The fonts for printing load in the background, so the first preview shows at once.
        Thread warm = new Thread(() -> {
            try {
                com.alluressories.caredesk.print.TicketPrintService.warmUp();
            } catch (RuntimeException e) {
                LOG.warn("Cannot load the printing fonts ahead: {}", e.getMessage());
            }
        }, "caredesk-warm-fonts");
        warm.setDaemon(true);
        warm.start();
        LOG.info("Start-up: theme and font {} ms, waiting for the store {} ms, main window built {} ms",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
        if (options.smokeTest()) {
            stage.setOnShown(e -> Platform.runLater(() -> {
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                options.out().println("CareDesk main window shown " + ms + " ms after JVM start");
                options.out().flush();
                Platform.exit();
            }));
        }
        window.show();
        // The chain's engine starts behind the first frame, on its own thread.
        chain.start(window::syncStatus);
    }

    /**
     * A damaged store: say so and offer the newest good backup. On yes, the damaged file is moved
     * aside and the backup restored; the window then opens on it.
     */
    private boolean offerRestore(StoreDamagedException damaged) {
        I18n i18n = new I18n("zh".equals(Locale.getDefault().getLanguage()) ? I18n.CHINESE : I18n.ENGLISH);
        Optional<Path> backup = Recovery.newestGoodBackup(options.dataDir());
        if (backup.isEmpty()) {
            return false;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, ErrorWords.of(i18n, damaged) + "\n\n"
                + i18n.get("error.store.restore", backup.get().getFileName().toString()));
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
