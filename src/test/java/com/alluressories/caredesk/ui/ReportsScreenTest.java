package com.alluressories.caredesk.ui;

import static com.alluressories.caredesk.ui.FxWait.focused;
import static com.alluressories.caredesk.ui.FxWait.labelShows;
import static com.alluressories.caredesk.ui.FxWait.shown;
import static com.alluressories.caredesk.ui.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.demo.DemoShop;
import com.alluressories.caredesk.report.Report;
import com.alluressories.caredesk.report.ReportScope;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Reports (F7) on the demo shop at 1024×768, by keyboard, in both languages: a manager opens it,
 * the figures agree with the report service, "All time" changes them, and every chart is there.
 */
@ExtendWith(ApplicationExtension.class)
class ReportsScreenTest {
    private CounterWindow counter;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        counter = CounterWindow.demo("reports");
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
    void aManagerSeesTheFiguresOfThisMonthAndAllTime(FxRobot robot) throws Exception {
        lookIn(robot, "en", "Taken in", "All time");
        robot.clickOn("#chineseButton");
        waitUntil(() -> labelShows(robot, ".screen-title", "報表"));
        lookIn(robot, "zh", "已收件", "全部");
    }

    /**
     * A figure at a glance opens the tickets behind it in the period chosen: overdue by keyboard,
     * ready for pickup by a click; a backwards range leaves nothing of another period on screen.
     */
    @Test
    void aFigureOpensTheTicketsBehindIt(FxRobot robot) throws Exception {
        robot.type(KeyCode.F7);
        waitUntil(() -> shown(robot, "#tile-overdue"));
        robot.interact(() -> robot.lookup("#periodBox").queryAs(ComboBox.class).setValue(
                com.alluressories.caredesk.ui.reports.ReportPeriod.ALL_TIME));
        Report all = counter.services.reports().report(ReportScope.allTime());
        waitUntil(() -> tileShows(robot, "#tile-opened", all.ticketsOpened()));
        robot.interact(() -> robot.lookup("#tile-overdue").query().requestFocus());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> shown(robot, "#behindTable"));
        javafx.scene.control.TableView<com.alluressories.caredesk.report.TicketsBehind.Row> behind =
                robot.lookup("#behindTable").query();
        LocalDate today = LocalDate.now(CounterWindow.CLOCK);
        assertThat(behind.getItems()).hasSize((int) all.overdue());
        assertThat(behind.getItems()).allSatisfy(row -> assertThat(counter.services.tickets().get(row.ticketNo())
                .orElseThrow().overdue(today)).isTrue());
        Shots.take(behind.getScene(), "reports-drill-overdue-en");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !shown(robot, "#behindTable"));

        robot.clickOn("#tile-ready");
        long ready = all.byState().getOrDefault("READY_FOR_PICKUP", 0L);
        waitUntil(() -> shown(robot, "#behindTable"));
        javafx.scene.control.TableView<com.alluressories.caredesk.report.TicketsBehind.Row> readyList =
                robot.lookup("#behindTable").query();
        assertThat(ready).isPositive();
        assertThat(readyList.getItems()).hasSize((int) ready).allSatisfy(row -> assertThat(row.state())
                .isEqualTo("READY_FOR_PICKUP"));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !shown(robot, "#behindTable"));

        // A range that ends before it starts: the reason, and no figures of another period to export.
        robot.interact(() -> {
            robot.lookup("#periodBox").queryAs(ComboBox.class).setValue(
                    com.alluressories.caredesk.ui.reports.ReportPeriod.RANGE);
            robot.lookup("#fromPicker").queryAs(javafx.scene.control.DatePicker.class).setValue(today);
            robot.lookup("#toPicker").queryAs(javafx.scene.control.DatePicker.class).setValue(today.minusDays(3));
        });
        waitUntil(() -> robot.lookup("#pdfButton").queryButton().isDisabled()
                && robot.lookup("#exportButton").queryButton().isDisabled() && !shown(robot, "#tile-opened"));
        assertThat(labelShows(robot, "#messageLabel", "before it starts")).isTrue();
    }

    /**
     * A bar of a chart opens the tickets it counts, by keyboard, in Chinese: the dialog lists them
     * all, and Enter opens the one chosen in Repair tickets.
     */
    @Test
    void aBarOpensItsTicketsAndEnterOpensOne(FxRobot robot) throws Exception {
        robot.clickOn("#chineseButton");
        robot.type(KeyCode.F7);
        waitUntil(() -> labelShows(robot, ".screen-title", "報表") && shown(robot, "#tile-opened"));
        robot.interact(() -> robot.lookup("#periodBox").queryAs(ComboBox.class).setValue(
                com.alluressories.caredesk.ui.reports.ReportPeriod.ALL_TIME));
        Report all = counter.services.reports().report(ReportScope.allTime());
        waitUntil(() -> tileShows(robot, "#tile-opened", all.ticketsOpened()) && shown(robot, "#verdictsChart"));
        javafx.scene.Node bar = robot.lookup("#verdictsChart .report-opens").query();
        // The bar says its verdict and count: "保養維修：免費: 48".
        String tip = bar.getAccessibleText();
        long count = Long.parseLong(tip.substring(tip.lastIndexOf(": ") + 2));
        robot.interact(bar::requestFocus);
        waitUntil(bar::isFocused);
        // Focus on a bar below the fold scrolls the page to it.
        javafx.scene.Node page = robot.lookup("#scroll").query();
        waitUntil(() -> page.localToScene(page.getLayoutBounds()).contains(bar.localToScene(bar.getLayoutBounds())));
        Shots.take(stage.getScene(), "reports-bar-focused-zh");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> shown(robot, "#behindTable"));
        javafx.scene.control.TableView<com.alluressories.caredesk.report.TicketsBehind.Row> behind =
                robot.lookup("#behindTable").query();
        String verdict = behind.getItems().get(0).verdict();
        assertThat(all.byVerdict().get(verdict)).isEqualTo(count);
        assertThat(behind.getItems()).hasSize((int) count).allSatisfy(row -> assertThat(row.verdict()).isEqualTo(verdict));
        assertThat(labelShows(robot, "#behindCount", "共")).isTrue();
        Shots.take(behind.getScene(), "reports-behind-zh");
        String first = behind.getItems().get(0).ticketNo();
        waitUntil(behind::isFocused);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> shown(robot, "#ticketTable"));
        javafx.scene.control.TableView<com.alluressories.caredesk.ticket.Ticket> tickets = robot.lookup("#ticketTable")
                .query();
        waitUntil(() -> tickets.getSelectionModel().getSelectedItem() != null
                && tickets.getSelectionModel().getSelectedItem().ticketNo().equals(first));
    }

    private void lookIn(FxRobot robot, String language, String openedWords, String allTime) throws Exception {
        robot.type(KeyCode.F7);
        waitUntil(() -> shown(robot, "#tile-opened"));
        waitUntil(() -> focused(robot, "#periodBox"));
        LocalDate today = LocalDate.now(CounterWindow.CLOCK);
        Report month = counter.services.reports().report(new ReportScope(Optional.of(today.withDayOfMonth(1)),
                Optional.of(today), Set.of()));
        waitUntil(() -> tileShows(robot, "#tile-opened", month.ticketsOpened()));
        assertThat(labelShows(robot, "#tile-opened .label", openedWords)).isTrue();
        Shots.take(stage.getScene(), "reports-month-" + language);

        // All time, by keyboard: the period list opened with the arrow keys, chosen with Enter.
        robot.type(KeyCode.ALT, KeyCode.DOWN);
        robot.type(KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> {
            Object chosen = robot.lookup("#periodBox").queryAs(ComboBox.class).getValue();
            return chosen != null && chosen.toString().equals("ALL_TIME");
        });
        Report all = counter.services.reports().report(ReportScope.allTime());
        waitUntil(() -> tileShows(robot, "#tile-opened", all.ticketsOpened()));
        assertThat(labelShows(robot, "#periodBox .list-cell", allTime)).isTrue();
        waitUntil(() -> shown(robot, "#verdictsChart") && shown(robot, "#statesChart") && shown(robot, "#ageingChart")
                && shown(robot, "#findingsChart") && shown(robot, "#turnaroundChart") && shown(robot, "#sharesChart")
                && shown(robot, "#quotesChart") && shown(robot, "#chargesChart") && shown(robot, "#shopsTable")
                && shown(robot, "#clausesChart") && shown(robot, "#overridesTable") && shown(robot, "#productsTable")
                && shown(robot, "#metalsChart") && shown(robot, "#stonesChart"));
        // Shop by shop agrees with the report, one row a shop.
        javafx.scene.control.TableView<?> shops = robot.lookup("#shopsTable").query();
        assertThat(shops.getItems()).hasSize(all.byShop().size());
        Shots.take(stage.getScene(), "reports-all-" + language);
        robot.interact(shops::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        Shots.take(stage.getScene(), "reports-shops-" + language);
        robot.interact(() -> robot.lookup("#productsTable").query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        Shots.take(stage.getScene(), "reports-products-" + language);
        javafx.scene.control.ScrollPane scroll = robot.lookup("#scroll").queryAs(javafx.scene.control.ScrollPane.class);
        for (double at : new double[] {0.25, 0.5, 0.75}) {
            robot.interact(() -> scroll.setVvalue(at));
            Shots.take(stage.getScene(), "reports-all-" + Math.round(at * 100) + "-" + language);
        }
        robot.interact(() -> robot.lookup("#scroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        Shots.take(stage.getScene(), "reports-all-bottom-" + language);
        // The A4 report, previewed in the reader's language.
        javafx.scene.control.Button pdf = robot.lookup("#pdfButton").query();
        javafx.application.Platform.runLater(pdf::fire);
        waitUntil(() -> robot.lookup(".preview-page").tryQuery().isPresent());
        javafx.scene.Scene preview = robot.lookup("#previewPages").query().getScene();
        Shots.take(preview, "reports-pdf-preview-" + language);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !preview.getWindow().isShowing());
        robot.interact(() -> robot.lookup("#periodBox").queryAs(ComboBox.class).setValue(
                com.alluressories.caredesk.ui.reports.ReportPeriod.THIS_MONTH));
    }

    private static boolean tileShows(FxRobot robot, String tile, long count) {
        return robot.lookup(tile).tryQueryAs(VBox.class).map(box -> ((Label) box.getChildren().get(0)).getText()
                .replace(",", "").equals(Long.toString(count))).orElse(false);
    }
}
