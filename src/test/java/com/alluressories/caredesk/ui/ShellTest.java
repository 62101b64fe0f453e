package com.alluressories.caredesk.ui;

import static com.alluressories.caredesk.ui.FxWait.focused;
import static com.alluressories.caredesk.ui.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.demo.DemoShop;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The shell, driven from the keyboard, in both languages. */
@ExtendWith(ApplicationExtension.class)
class ShellTest {
    private CounterWindow counter;
    private Services services;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        counter = CounterWindow.demo("shell");
        services = counter.services;
        services.session().signIn(services.staff().signIn(DemoShop.counterStaff().staff().staffNo(),
                DemoShop.counterStaff().pin()).actor().orElseThrow());
        counter.show(stage);
    }

    @AfterEach
    void close() {
        counter.close();
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
        waitUntil(() -> focused(robot, "#findReceiptButton"));

        robot.type(KeyCode.F4);
        waitUntil(() -> robot.lookup("#tickets-screen").tryQuery().isPresent());
        assertThat(screenTitle(robot, "#tickets-screen")).isEqualTo(tickets);
        waitUntil(() -> focused(robot, "#ticketSearchField"));

        robot.type(KeyCode.F2);
        waitUntil(() -> robot.lookup("#lookup-screen").tryQuery().isPresent());
        assertThat(screenTitle(robot, "#lookup-screen")).isEqualTo(lookup);
        waitUntil(() -> focused(robot, "#searchField"));
    }

    private static String screenTitle(FxRobot robot, String screen) {
        return robot.lookup(screen + " .screen-title").queryLabeled().getText();
    }

    private static String navText(FxRobot robot, String id) {
        return robot.lookup("#" + id + " .nav-text").<Label>query().getText();
    }
}
