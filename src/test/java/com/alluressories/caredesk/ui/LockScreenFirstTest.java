package com.alluressories.caredesk.ui;

import static com.alluressories.caredesk.ui.FxWait.focused;
import static com.alluressories.caredesk.ui.FxWait.labelShows;
import static com.alluressories.caredesk.ui.FxWait.shown;
import static com.alluressories.caredesk.ui.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.app.ChainLink;
import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.demo.DemoShop;
import com.alluressories.caredesk.policy.PolicyLoader;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.ui.shell.CareDeskApp;
import com.alluressories.caredesk.ui.shell.MainWindow;
import com.alluressories.caredesk.ui.shell.WindowPlacement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window as it starts: the lock screen is up, and takes the keyboard, before the store is open.
 * What the store must answer waits for it, and nothing of the rest of the window is used before it
 * is made: a sign-in typed meanwhile goes through once the store is open, F-keys and Ctrl+L do
 * nothing, and the shop's language follows unless someone chose one on the lock screen.
 */
@ExtendWith(ApplicationExtension.class)
class LockScreenFirstTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Hong_Kong"));
    private final CompletableFuture<Services> opening = new CompletableFuture<>();
    private final AtomicBoolean assembled = new AtomicBoolean();
    private Path dir;
    private Services services;
    private FxTaskRunner tasks;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("caredesk-lock-first");
        CareDeskApp.prepareLook();
        services = new Services(Store.open(dir), CLOCK, PolicyLoader.bundled());
        DemoShop.fill(services.store(), CLOCK);
        services.shop().saveLanguage(I18n.CHINESE.toLanguageTag());
        tasks = new FxTaskRunner();
        // No language remembered on this PC yet: the lock screen comes up in English.
        window = MainWindow.lockScreenFirst(stage, opening, dir, tasks, I18n.ENGLISH);
        window.show();
        window.assembleWhenOpen(opening, s -> (url, code, progress) -> ChainLink.joinNow(s.store(), s.clock(),
                true, url, code, progress), s -> assembled.set(true), failure -> { });
    }

    @AfterEach
    void close() {
        tasks.close();
        services.close();
    }

    @Test
    void aSignInTypedBeforeTheStoreIsOpenGoesThroughOnceItIs(FxRobot robot) throws Exception {
        waitUntil(() -> focused(robot, "#signInStaffNo"));
        assertThat(window.isLocked()).isTrue();
        robot.write("2001").type(KeyCode.ENTER);
        assertThat(focused(robot, "#signInPin")).isTrue();
        robot.write("2222").type(KeyCode.ENTER);
        // The store is not open: the sign-in waits, the window stays locked, and what needs the rest
        // of the window does nothing (no screen, no lock, no failure).
        robot.type(KeyCode.F4);
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        robot.sleep(300);
        assertThat(window.isLocked()).isTrue();
        assertThat(window.isAssembled()).isFalse();
        assertThat(shown(robot, "#nav-lookup")).isFalse();

        opening.complete(services);
        waitUntil(() -> !window.isLocked());
        assertThat(window.isAssembled()).isTrue();
        assertThat(assembled).isTrue();
        // Nobody chose a language on the lock screen: the shop's (Chinese) came with the store.
        assertThat(robot.lookup(".user-label").queryLabeled().getText()).contains("Ken Wong");
        assertThat(window.i18n().isChinese()).isTrue();
        // This PC now remembers the language, for the next start's lock screen.
        assertThat(WindowPlacement.language(dir)).contains(I18n.CHINESE.toLanguageTag());
    }

    @Test
    void aLanguageChosenOnTheLockScreenBeforeTheStoreOpensStands(FxRobot robot) throws Exception {
        waitUntil(() -> focused(robot, "#signInStaffNo"));
        robot.write("20");
        // Chinese, then English chosen by hand (the store says Chinese); what was typed stays.
        Platform.runLater(() -> window.i18n().localeProperty().set(I18n.CHINESE));
        waitUntil(() -> labelShows(robot, ".lock-title", "已鎖定"));
        Platform.runLater(() -> window.i18n().localeProperty().set(I18n.ENGLISH));
        waitUntil(() -> labelShows(robot, ".lock-title", "CareDesk is locked"));
        opening.complete(services);
        waitUntil(window::isAssembled);
        waitUntil(() -> labelShows(robot, ".lock-title", "CareDesk is locked"));
        assertThat(window.i18n().isChinese()).isFalse();
        assertThat(robot.lookup("#signInStaffNo").queryTextInputControl().getText()).isEqualTo("20");
        // Saved for the shop too, once the store could take it.
        waitUntil(() -> services.shop().language().orElse("").equals(I18n.ENGLISH.toLanguageTag()));
        robot.clickOn("#signInStaffNo").type(KeyCode.END).write("01").type(KeyCode.ENTER).write("2222").type(KeyCode.ENTER);
        waitUntil(() -> !window.isLocked());
        assertThat(WindowPlacement.language(dir)).contains(I18n.ENGLISH.toLanguageTag());
    }
}
