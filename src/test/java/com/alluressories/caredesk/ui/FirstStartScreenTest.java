package com.alluressories.caredesk.ui;

import static com.alluressories.caredesk.ui.FxWait.focused;
import static com.alluressories.caredesk.ui.FxWait.labelShows;
import static com.alluressories.caredesk.ui.FxWait.shown;
import static com.alluressories.caredesk.ui.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.ui.shell.MainWindow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A store started with --no-demo: the first manager, then the keyboard sign-in, and no shop code yet. */
@ExtendWith(ApplicationExtension.class)
class FirstStartScreenTest {
    private CounterWindow counter;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        counter = CounterWindow.empty("first");
        window = counter.show(stage);
    }

    @AfterEach
    void close() {
        counter.close();
    }

    @Test
    void enterSignsInAfterTheFirstManagerIsCreatedAndNothingIsTakenInWithoutAShopCode(FxRobot robot) throws Exception {
        waitUntil(() -> focused(robot, "#signInStaffNo") && labelShows(robot, ".lock-title", "first manager"));
        assertThat(shown(robot, "#demoHint")).isFalse();
        robot.write("M01").type(KeyCode.ENTER);
        robot.write("Winnie Yeung").type(KeyCode.ENTER);
        robot.write("5678").type(KeyCode.ENTER);
        robot.write("5678").type(KeyCode.ENTER);
        waitUntil(() -> !window.isLocked());

        // No shop code yet: a walk-in claim says so where staff would save it, and cannot be saved.
        robot.type(KeyCode.F3);
        waitUntil(() -> robot.lookup("#walkInButton").tryQuery().isPresent());
        robot.clickOn("#walkInButton");
        waitUntil(() -> labelShows(robot, "#missingLabel", "No shop is set up"));
        assertThat(robot.lookup("#saveButton").query().isDisabled()).isTrue();

        // Every screen built (the claim screen has a default button of its own), then the lock: Enter still signs in.
        robot.press(KeyCode.CONTROL).press(KeyCode.L).release(KeyCode.L).release(KeyCode.CONTROL);
        waitUntil(() -> window.isLocked() && focused(robot, "#signInStaffNo"));
        robot.write("M01").type(KeyCode.ENTER).write("5678").type(KeyCode.ENTER);
        waitUntil(() -> !window.isLocked());

        // Once more after a language switch on the lock screen (the views are rebuilt).
        robot.press(KeyCode.CONTROL).press(KeyCode.L).release(KeyCode.L).release(KeyCode.CONTROL);
        waitUntil(() -> window.isLocked());
        robot.clickOn("#lockChineseButton");
        waitUntil(() -> labelShows(robot, "#signInButton", "登入") && focused(robot, "#signInStaffNo"));
        robot.write("M01").type(KeyCode.ENTER).write("5678").type(KeyCode.ENTER);
        waitUntil(() -> !window.isLocked());
    }
}
