package com.alluressories.caredesk.ui;

import static com.alluressories.caredesk.ui.FxWait.focused;
import static com.alluressories.caredesk.ui.FxWait.labelShows;
import static com.alluressories.caredesk.ui.FxWait.shown;
import static com.alluressories.caredesk.ui.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.chain.ChainException;
import com.alluressories.caredesk.chain.Membership;
import com.alluressories.caredesk.chain.SyncStatus;
import com.alluressories.caredesk.demo.DemoShop;
import com.alluressories.caredesk.ui.shell.MainWindow;
import java.nio.file.Files;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Join the chain…" in the header of a PC that has not joined, at 1024×768, in both languages: a
 * manager opens it, and a code that is not one is refused in the dialog before anything is sent
 * (no hub is started here).
 */
@ExtendWith(ApplicationExtension.class)
class JoinChainScreenTest {
    private CounterWindow counter;
    private Stage stage;
    private volatile CountDownLatch release = new CountDownLatch(1);

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        counter = CounterWindow.demo("join");
        Files.writeString(counter.dir.resolve("window.properties"), "maximized=false\nx=0\ny=0\nwidth=1024\nheight=768\n");
        counter.services.session().signIn(counter.services.staff().signIn(DemoShop.manager().staff().staffNo(),
                DemoShop.manager().pin()).actor().orElseThrow());
        MainWindow window = counter.show(stage, (url, code, progress) -> {
            // As a big chain's sales history arrives: part of it, then head office stops answering.
            progress.received(1_250_000, 7_000_054);
            if (!release.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the join go on");
            }
            throw new ChainException("chain.receipts.failed", url, "connection reset");
        });
        // As the chain's thread reports it for a PC that has not joined (no ChainLink runs here).
        window.syncStatus(SyncStatus.of(counter.services.store(), false));
    }

    @AfterEach
    void close() {
        counter.close();
    }

    @Test
    void aManagerOnAPcNotJoinedFindsJoinAndAWrongCodeIsRefusedInTheDialog(FxRobot robot) throws Exception {
        tryIn(robot, "en", "Join the chain…", "This is not a join code");
        robot.clickOn("#chineseButton");
        waitUntil(() -> labelShows(robot, "#joinButton", "加入連鎖…"));
        tryIn(robot, "zh", "加入連鎖…", "這不是加入代碼");
        assertThat(Membership.of(counter.services.store())).as("nothing joined").isEmpty();
    }

    /** While a big chain's sales history arrives, the dialog counts the rows, in both languages. */
    @Test
    void whileTheSalesHistoryArrivesTheDialogCountsTheRows(FxRobot robot) throws Exception {
        receiveIn(robot, "en", "Receiving the chain's sales history: 1,250,000 of 7,000,054 rows",
                "Could not receive the chain's sales history");
        robot.clickOn("#chineseButton");
        waitUntil(() -> labelShows(robot, "#joinButton", "加入連鎖…"));
        receiveIn(robot, "zh", "正在接收連鎖店的銷售紀錄：1,250,000 / 7,000,054 行", "未能從總部");
    }

    private void receiveIn(FxRobot robot, String language, String receiving, String failed) throws Exception {
        release = new CountDownLatch(1);
        waitUntil(() -> shown(robot, "#joinButton"));
        robot.clickOn("#joinButton");
        waitUntil(() -> focused(robot, "#hubUrlField"));
        robot.clickOn("#hubUrlField").write("http://127.0.0.1:31415/sync/caredesk-hub");
        robot.clickOn("#joinCodeField").write("CWB-K7QF-2MZP-9XTA-HC4D");
        robot.clickOn("#dialogOkButton");
        waitUntil(() -> labelShows(robot, "#joinReceived", receiving));
        Shots.take(robot.lookup("#joinChainForm").query().getScene(), "join-receiving-" + language);
        release.countDown();
        waitUntil(() -> labelShows(robot, "#joinChainForm .field-error", failed));
        assertThat(shown(robot, "#joinProgress")).as("no longer joining").isFalse();
        Window dialog = robot.lookup("#joinChainForm").query().getScene().getWindow();
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !dialog.isShowing());
        assertThat(Membership.of(counter.services.store())).as("nothing joined").isEmpty();
    }

    private void tryIn(FxRobot robot, String language, String button, String refusal) throws Exception {
        waitUntil(() -> shown(robot, "#joinButton"));
        assertThat(shown(robot, "#syncLabel")).as("the button says it: not joined").isFalse();
        assertThat(robot.lookup("#joinButton").queryButton().getText()).isEqualTo(button);
        Shots.take(stage.getScene(), "header-" + language);

        robot.clickOn("#joinButton");
        waitUntil(() -> focused(robot, "#hubUrlField"));
        // Clicked first: the dialog's window then has the keyboard, whatever the toolkit gave it.
        robot.clickOn("#hubUrlField").write("http://10.1.0.5:31415/sync/caredesk-hub");
        robot.clickOn("#joinCodeField").write("CWB-K7QF-2MZP");
        robot.clickOn("#dialogOkButton");
        waitUntil(() -> labelShows(robot, "#joinChainForm .field-error", refusal));
        assertThat(shown(robot, "#joinChainForm")).as("the dialog stays open").isTrue();
        assertThat(shown(robot, "#joinProgress")).as("nothing sent").isFalse();
        assertThat(focused(robot, "#joinCodeField")).as("the wrong field takes the keyboard").isTrue();
        assertThat(robot.lookup("#hubUrlField").queryAs(Node.class).getPseudoClassStates().toString())
                .doesNotContain("danger");
        Shots.take(robot.lookup("#joinChainForm").query().getScene(), "join-refused-" + language);

        Window dialog = robot.lookup("#joinChainForm").query().getScene().getWindow();
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !dialog.isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#joinButton").queryAs(Button.class).isVisible()).isTrue();
    }
}
