package com.alluressories.caredesk.ui;

import static com.alluressories.caredesk.ui.FxWait.labelShows;
import static com.alluressories.caredesk.ui.FxWait.shown;
import static com.alluressories.caredesk.ui.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.demo.DemoShop;
import com.alluressories.caredesk.privacy.RetentionSchedule;
import java.nio.file.Files;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Customer data (F9) at 1024×768, in both languages: a manager keeps receipts' customers longer
 * (typed into the spinner, saved), sees what is due now, and answers a customer's data access
 * request as a PDF preview.
 */
@ExtendWith(ApplicationExtension.class)
class CustomerDataScreenTest {
    private CounterWindow counter;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        counter = CounterWindow.demo("privacy");
        Files.writeString(counter.dir.resolve("window.properties"), "maximized=false\nx=0\ny=0\nwidth=1024\nheight=768\n");
        counter.services.session().signIn(counter.services.staff().signIn(DemoShop.manager().staff().staffNo(),
                DemoShop.manager().pin()).actor().orElseThrow());
        counter.show(stage);
    }

    @AfterEach
    void close() {
        counter.close();
    }

    @Test
    void aManagerSetsTheScheduleAndAnswersARequestInBothLanguages(FxRobot robot) throws Exception {
        walk(robot, "en", 18, "Due for removal", "Found", "30 days left");
        robot.clickOn("#chineseButton");
        walk(robot, "zh", 24, "到期須刪除", "找到", "尚餘 30 日");
    }

    private void walk(FxRobot robot, String language, int months, String dueWords, String foundWords, String leftWords)
            throws Exception {
        robot.type(KeyCode.F9);
        waitUntil(() -> shown(robot, "#receiptSpinner") && labelShows(robot, "#dueLabel", dueWords));
        Shots.take(stage.getScene(), "privacy-" + language);
        // Typed into the spinner, as a manager would: the value counts once the field is left.
        Spinner<Integer> receipts = robot.lookup("#receiptSpinner").query();
        robot.interact(() -> {
            receipts.getEditor().setText(Integer.toString(months));
            receipts.commitValue();
        });
        Button save = robot.lookup("#saveScheduleButton").query();
        Platform.runLater(save::fire);
        waitUntil(() -> counter.services.purge().schedule().equals(new RetentionSchedule(months, 24)));
        robot.type(KeyCode.ENTER); // the "saved" message
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());

        String phone = counter.services.store().read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery(
                    "SELECT customer_phone FROM claim ORDER BY customer_phone LIMIT 1")) {
                rs.next();
                return rs.getString(1);
            }
        });
        TextField phoneField = robot.lookup("#phoneField").query();
        robot.interact(() -> phoneField.setText(phone));
        Button answer = robot.lookup("#answerButton").query();
        Platform.runLater(answer::fire);
        waitUntil(() -> robot.lookup(".preview-page").tryQuery().isPresent());
        javafx.scene.Scene preview = robot.lookup("#previewPages").query().getScene();
        Shots.take(preview, "privacy-answer-" + language);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !preview.getWindow().isShowing());
        waitUntil(() -> labelShows(robot, "#answerLabel", foundWords));
        int answered = counter.services.store().read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery(
                    "SELECT count(*) FROM audit_log WHERE action = 'ACCESS_REQUEST_ANSWERED'")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(answered).isPositive();
        Shots.take(stage.getScene(), "privacy-answered-" + language);

        // A request that came by post ten days ago, kept open: it shows with its deadline, and is answered from the list.
        robot.interact(() -> phoneField.setText(phone));
        javafx.scene.control.DatePicker received = robot.lookup("#receivedPicker").query();
        java.time.LocalDate tenDaysAgo = java.time.LocalDate.now(counter.services.clock()).minusDays(10);
        robot.interact(() -> received.getEditor().setText(Formats.date(tenDaysAgo,
                language.equals("zh") ? com.alluressories.caredesk.text.Bundles.CHINESE : java.util.Locale.ENGLISH)));
        Button keep = robot.lookup("#keepButton").query();
        Platform.runLater(keep::fire);
        javafx.scene.control.ListView<?> open = robot.lookup("#requestsList").query();
        waitUntil(() -> open.isVisible() && open.getItems().size() == 1);
        waitUntil(() -> robot.lookup(".list-cell").queryAll().stream().anyMatch(cell -> cell instanceof javafx.scene.control
                .Labeled l && l.getText() != null && l.getText().contains(leftWords)));
        Shots.take(stage.getScene(), "privacy-open-request-" + language);
        robot.interact(() -> {
            open.requestFocus();
            open.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".preview-page").tryQuery().isPresent());
        javafx.scene.Scene second = robot.lookup("#previewPages").query().getScene();
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !second.getWindow().isShowing());
        waitUntil(() -> open.getItems().isEmpty() && shown(robot, "#noRequestsLabel"));
        String closed = counter.services.store().read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery(
                    "SELECT received_on || '|' || answered_on || '|' || customer_phone FROM access_request")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(closed).as("answered, counted from the day received, and no longer naming the customer")
                .isEqualTo(tenDaysAgo + "|" + java.time.LocalDate.now(counter.services.clock()) + "|");
        counter.services.store().write(c -> {
            try (var st = c.createStatement()) {
                st.executeUpdate("DELETE FROM access_request");
            }
            return null;
        });
    }
}
