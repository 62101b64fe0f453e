package com.alluressories.caredesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.demo.DemoShop;
import com.alluressories.caredesk.policy.PolicyLoader;
import com.alluressories.caredesk.staff.AuditFilter;
import com.alluressories.caredesk.store.Settings;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.ui.shell.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Left alone, the window locks itself; the next sign-in finds everything as it was. */
@ExtendWith(ApplicationExtension.class)
class IdleLockTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Hong_Kong"));
    private Services services;
    private FxTaskRunner tasks;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("caredesk-idle");
        CareDeskApp.prepareLook();
        services = new Services(Store.open(dir), CLOCK, PolicyLoader.bundled());
        DemoShop.fill(services.store(), CLOCK);
        // Two seconds instead of minutes (the screen allows 1 to 480 minutes; the setting is in seconds).
        services.store().write(c -> {
            Settings.put(c, "staff.idle_lock_seconds", "2");
            return null;
        });
        services.session().signIn(services.staff().signIn("2001", "2222").actor().orElseThrow());
        tasks = new FxTaskRunner();
        window = new MainWindow(stage, services, tasks, Locale.ENGLISH);
        window.show();
    }

    @AfterEach
    void close() {
        tasks.close();
        services.close();
    }

    @Test
    void anIdleWindowLocksAndSignInReturnsToTheSameScreenWithNothingLost(FxRobot robot) throws Exception {
        assertThat(window.isLocked()).isFalse();
        robot.type(KeyCode.F2);
        FxWait.waitUntil(() -> FxWait.focused(robot, "#searchField"));
        robot.write("9123");
        FxWait.waitUntil(window::isLocked);
        assertThat(services.session().current()).isEmpty();
        assertThat(FxWait.shown(robot, "#searchField")).isFalse();
        FxWait.waitUntil(() -> FxWait.focused(robot, "#signInStaffNo"));
        robot.write("2001").type(KeyCode.ENTER).write("2222").type(KeyCode.ENTER);
        FxWait.waitUntil(() -> !window.isLocked());
        assertThat(robot.lookup("#searchField").queryTextInputControl().getText()).isEqualTo("9123");
        assertThat(FxWait.shown(robot, "#searchField")).isTrue();
        FxWait.waitUntil(() -> services.audit().list(AuditFilter.all()).stream()
                .anyMatch(e -> e.action().equals("SCREEN_LOCKED") && e.details().contains("idle")));
    }

    @Test
    void anOpenDialogHoldsTheLockOffUntilItIsClosed(FxRobot robot) throws Exception {
        javafx.scene.control.Alert[] dialog = new javafx.scene.control.Alert[1];
        javafx.application.Platform.runLater(() -> {
            dialog[0] = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION, "work in hand");
            dialog[0].show();
        });
        FxWait.waitUntil(() -> dialog[0] != null && dialog[0].isShowing());
        long start = System.nanoTime();
        // Well past the two idle seconds, with no key pressed: still signed in.
        FxWait.waitUntil(() -> System.nanoTime() - start > 4_500_000_000L);
        assertThat(window.isLocked()).isFalse();
        javafx.application.Platform.runLater(() -> dialog[0].close());
        FxWait.waitUntil(window::isLocked);
    }
}
