package com.alluressories.caredesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.staff.AuditFilter;
import com.alluressories.caredesk.store.Settings;
import com.alluressories.caredesk.ui.shell.MainWindow;
import com.alluressories.caredesk.ui.shell.ManualCountdown;
import java.time.Duration;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Left alone, the window locks itself; the next sign-in finds everything as it was. The idle
 * countdown is the test's own: it runs out when the test says, not after a real wait.
 */
@ExtendWith(ApplicationExtension.class)
class IdleLockTest {
    private final ManualCountdown countdown = new ManualCountdown();
    private CounterWindow counter;
    private Services services;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        counter = CounterWindow.demo("idle");
        services = counter.services;
        // The shop's setting (in seconds) reaches the countdown.
        services.store().write(c -> {
            Settings.put(c, "staff.idle_lock_seconds", "120");
            return null;
        });
        services.session().signIn(services.staff().signIn("2001", "2222").actor().orElseThrow());
        window = counter.show(stage, countdown);
    }

    @AfterEach
    void close() {
        counter.close();
    }

    /** The whole idle time passes with nothing pressed. */
    private void runOut(FxRobot robot) {
        robot.interact(countdown::runOut);
    }

    @Test
    void anIdleWindowLocksAndSignInReturnsToTheSameScreenWithNothingLost(FxRobot robot) throws Exception {
        FxWait.waitUntil(() -> Duration.ofMinutes(2).equals(countdown.length()));
        assertThat(window.isLocked()).isFalse();
        assertThat(countdown.running()).isTrue();
        robot.type(KeyCode.F2);
        FxWait.waitUntil(() -> FxWait.focused(robot, "#searchField"));
        int restarts = countdown.restarts();
        robot.write("9123");
        assertThat(countdown.restarts()).as("every key starts the countdown again").isGreaterThan(restarts);
        runOut(robot);
        FxWait.waitUntil(window::isLocked);
        assertThat(countdown.running()).isFalse();
        assertThat(services.session().current()).isEmpty();
        assertThat(FxWait.shown(robot, "#searchField")).isFalse();
        FxWait.waitUntil(() -> FxWait.focused(robot, "#signInStaffNo"));
        robot.write("2001").type(KeyCode.ENTER).write("2222").type(KeyCode.ENTER);
        FxWait.waitUntil(() -> !window.isLocked());
        assertThat(countdown.running()).isTrue();
        assertThat(robot.lookup("#searchField").queryTextInputControl().getText()).isEqualTo("9123");
        assertThat(FxWait.shown(robot, "#searchField")).isTrue();
        FxWait.waitUntil(() -> services.audit().list(AuditFilter.all()).stream()
                .anyMatch(e -> e.action().equals("SCREEN_LOCKED") && e.details().contains("idle")));
    }

    @Test
    void anOpenDialogHoldsTheLockOffUntilItIsClosed(FxRobot robot) throws Exception {
        Alert[] dialog = new Alert[1];
        Platform.runLater(() -> {
            dialog[0] = new Alert(Alert.AlertType.INFORMATION, "work in hand");
            dialog[0].show();
        });
        FxWait.waitUntil(() -> dialog[0] != null && dialog[0].isShowing());
        runOut(robot);
        runOut(robot);
        assertThat(window.isLocked()).as("still signed in while the dialog is open").isFalse();
        assertThat(countdown.running()).as("counting again").isTrue();
        Platform.runLater(() -> dialog[0].close());
        FxWait.waitUntil(() -> !dialog[0].isShowing());
        assertThat(window.isLocked()).isFalse();
        runOut(robot);
        FxWait.waitUntil(window::isLocked);
    }
}
