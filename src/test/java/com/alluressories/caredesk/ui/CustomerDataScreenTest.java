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
    private final java.util.List<String> printed = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        counter = CounterWindow.demo("privacy");
        Files.writeString(counter.dir.resolve("window.properties"), "maximized=false\nx=0\ny=0\nwidth=1024\nheight=768\n");
        counter.services.session().signIn(counter.services.staff().signIn(DemoShop.manager().staff().staffNo(),
                DemoShop.manager().pin()).actor().orElseThrow());
        counter.services.usePrinters(new com.alluressories.caredesk.print.PrinterPort() {
            @Override
            public java.util.List<String> names() {
                return java.util.List.of("Office A4");
            }

            @Override
            public void print(byte[] pdf, String printer, String jobName) {
                printed.add(jobName);
            }
        });
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
        waitUntil(() -> robot.lookup("#previewPrintButton").tryQuery().map(b -> !b.isDisabled()).orElse(false));
        Button printAnswer = robot.lookup("#previewPrintButton").query();
        Platform.runLater(printAnswer::fire);
        waitUntil(() -> printed.size() == 1);
        printed.clear();
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
        // Looked at and closed without printing: the request is still open.
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !second.getWindow().isShowing());
        assertThat(open.getItems()).hasSize(1);
        // Printed: answered, and off the list.
        robot.interact(() -> {
            open.requestFocus();
            open.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#previewPrintButton").tryQuery().map(b -> !b.isDisabled()).orElse(false));
        javafx.scene.Scene third = robot.lookup("#previewPages").query().getScene();
        Button print = robot.lookup("#previewPrintButton").query();
        Platform.runLater(print::fire);
        waitUntil(() -> printed.size() == 1);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !third.getWindow().isShowing());
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
        printed.clear();
    }
}
