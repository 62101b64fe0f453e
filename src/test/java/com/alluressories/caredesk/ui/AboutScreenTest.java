package com.alluressories.caredesk.ui;

import static com.alluressories.caredesk.ui.FxWait.labelShows;
import static com.alluressories.caredesk.ui.FxWait.shown;
import static com.alluressories.caredesk.ui.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.app.AppInfo;
import com.alluressories.caredesk.demo.DemoShop;
import java.nio.file.Files;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** F1, then "About CareDesk": the version, the licence line and the notices of every bundled part. */
@ExtendWith(ApplicationExtension.class)
class AboutScreenTest {
    private CounterWindow counter;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        counter = CounterWindow.demo("about");
        Files.writeString(counter.dir.resolve("window.properties"), "maximized=false\nx=0\ny=0\nwidth=1024\nheight=768\n");
        counter.services.session().signIn(counter.services.staff().signIn(DemoShop.counterStaff().staff().staffNo(),
                DemoShop.counterStaff().pin()).actor().orElseThrow());
        counter.show(stage);
    }

    @AfterEach
    void close() {
        counter.close();
    }

    @Test
    void aboutOpensFromTheKeysHelpAndShowsTheNoticesInBothLanguages(FxRobot robot) throws Exception {
        open(robot, "en", "About CareDesk…", "Free software under the GNU GPL, version 3 or later");
        robot.clickOn("#chineseButton");
        waitUntil(() -> labelShows(robot, "#nav-lookup .nav-text", "查找收據"));
        open(robot, "zh", "關於 CareDesk…", "GNU GPL 第 3 版");
    }

    private void open(FxRobot robot, String language, String button, String licence) throws Exception {
        robot.clickOn("#searchField");
        robot.type(KeyCode.F1);
        waitUntil(() -> shown(robot, "#aboutButton"));
        assertThat(robot.lookup("#aboutButton").queryButton().getText()).isEqualTo(button);
        Window help = robot.lookup("#aboutButton").query().getScene().getWindow();
        robot.clickOn("#aboutButton");
        waitUntil(() -> shown(robot, "#aboutNotices"));
        assertThat(robot.lookup("#aboutNotices").queryTextInputControl().getText()).contains("symmetric-server");
        assertThat(robot.lookup("#aboutLicence").queryTextInputControl().getText()).contains("GNU GENERAL PUBLIC LICENSE");
        assertThat(robot.lookup("#aboutLicenceLine").queryLabeled().getText()).contains(licence);
        assertThat(robot.lookup("#aboutVersion").queryLabeled().getText()).contains(AppInfo.VERSION);
        Window about = robot.lookup("#aboutNotices").query().getScene().getWindow();
        Shots.take(about.getScene(), "about-" + language);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !about.isShowing());
        if (help.isShowing()) {
            robot.interact(help::hide);
        }
        waitUntil(() -> !help.isShowing());
    }
}
