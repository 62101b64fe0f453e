package com.alluressories.caredesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.demo.DemoShop;
import com.alluressories.caredesk.policy.PolicyLoader;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.ui.shell.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The shell, driven from the keyboard, in both languages. */
@ExtendWith(ApplicationExtension.class)
class ShellTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Hong_Kong"));
    private Services services;
    private FxTaskRunner tasks;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path dir = Files.createTempDirectory("caredesk-shell");
        CareDeskApp.prepareLook();
        services = new Services(Store.open(dir), CLOCK, PolicyLoader.bundled());
        DemoShop.fill(services.store(), CLOCK);
        services.session().signIn(services.staff().signIn(DemoShop.counterStaff().staff().staffNo(),
                DemoShop.counterStaff().pin()).actor().orElseThrow());
        tasks = new FxTaskRunner();
        new MainWindow(stage, services, tasks, Locale.ENGLISH).show();
    }

    @AfterEach
    void close() {
        tasks.close();
        services.close();
    }

    @Test
    void everyScreenIsReachedByItsShortcutInBothLanguages(FxRobot robot) throws Exception {
        visitEveryScreen(robot, "Receipt lookup", "Claim intake", "Repair tickets");
        assertThat(navText(robot, "nav-lookup")).isEqualTo("Receipt lookup");
        waitUntil(() -> stage.getTitle().contains("DEMO"));

        robot.clickOn("#chineseButton");
        waitUntil(() -> "查找收據".equals(navText(robot, "nav-lookup")));
        assertThat(navText(robot, "nav-claim")).isEqualTo("登記保養申請");
        assertThat(navText(robot, "nav-tickets")).isEqualTo("維修單");
        assertThat(stage.getTitle()).contains("示範");
        assertThat(robot.lookup("#demoBadge").queryLabeled().getText()).isEqualTo("示範");
        visitEveryScreen(robot, "查找收據", "登記保養申請", "維修單");

        robot.clickOn("#englishButton");
        waitUntil(() -> "Receipt lookup".equals(navText(robot, "nav-lookup")));
        assertThat(services.shop().language()).contains("en");
    }

    @Test
    void whatStaffTypedSurvivesALanguageSwitch(FxRobot robot) throws Exception {
        robot.type(KeyCode.F2);
        robot.write("9123");
        robot.clickOn("#chineseButton");
        waitUntil(() -> "查找收據".equals(navText(robot, "nav-lookup")));
        assertThat(robot.lookup("#searchField").queryTextInputControl().getText()).isEqualTo("9123");
    }

    @Test
    void theStatusBarShowsTheShopAndTheDataFolder(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#statusShop").queryLabeled().getText().contains("TST"));
        assertThat(robot.lookup("#statusDataDir").queryLabeled().getText())
                .contains(services.store().dataDir().toString());
        assertThat(robot.lookup("#statusDemo").query().isVisible()).isTrue();
    }

    private void visitEveryScreen(FxRobot robot, String lookup, String claim, String tickets) throws Exception {
        robot.type(KeyCode.F3);
        waitUntil(() -> robot.lookup("#claim-screen").tryQuery().isPresent());
        assertThat(screenTitle(robot, "#claim-screen")).isEqualTo(claim);
        waitUntil(() -> isFocused(robot, "#findReceiptButton"));

        robot.type(KeyCode.F4);
        waitUntil(() -> robot.lookup("#tickets-screen").tryQuery().isPresent());
        assertThat(screenTitle(robot, "#tickets-screen")).isEqualTo(tickets);
        waitUntil(() -> isFocused(robot, "#ticketSearchField"));

        robot.type(KeyCode.F2);
        waitUntil(() -> robot.lookup("#lookup-screen").tryQuery().isPresent());
        assertThat(screenTitle(robot, "#lookup-screen")).isEqualTo(lookup);
        waitUntil(() -> isFocused(robot, "#searchField"));
    }

    private static String screenTitle(FxRobot robot, String screen) {
        return robot.lookup(screen + " .screen-title").queryLabeled().getText();
    }

    private static String navText(FxRobot robot, String id) {
        return robot.lookup("#" + id + " .nav-text").<Label>query().getText();
    }

    private static boolean isFocused(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isFocused).orElse(false);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
