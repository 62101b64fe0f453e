package com.alluressories.caredesk.ui;

import static com.alluressories.caredesk.ui.FxWait.focused;
import static com.alluressories.caredesk.ui.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.ticket.Ticket;
import com.alluressories.caredesk.ticket.TicketFilter;
import com.alluressories.caredesk.ticket.TicketState;
import com.alluressories.caredesk.ui.shell.MainWindow;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A POS screen of 1024×768, in both languages: the ticket number, state, warranty badge, prices and
 * every button stay whole (no "…"), and a badge never spills into the next row.
 */
@ExtendWith(ApplicationExtension.class)
class SmallScreenTest {
    private static final Clock CLOCK = CounterWindow.CLOCK;
    private Services services;
    private CounterWindow counter;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        counter = CounterWindow.demo("small");
        services = counter.services;
        // The window where staff left it on a 1024×768 POS screen (the place this PC remembers).
        Files.writeString(counter.dir.resolve("window.properties"), "maximized=false\nx=0\ny=0\nwidth=1024\nheight=768\n");
        window = counter.show(stage);
    }

    @AfterEach
    void close() {
        counter.close();
    }

    @Test
    void atTenTwentyFourByHundredSeventySixtyEightNothingStaffNeedIsCut(FxRobot robot) throws Exception {
        assertThat(stage.getWidth()).isEqualTo(1024);
        assertThat(stage.isMaximized()).isFalse();
        waitUntil(() -> focused(robot, "#signInStaffNo"));
        robot.write("1001").type(KeyCode.ENTER).write("1234").type(KeyCode.ENTER);
        waitUntil(() -> !window.isLocked());
        for (String language : new String[] {"en", "zh"}) {
            if (language.equals("zh")) {
                robot.clickOn("#chineseButton");
                WaitForAsyncUtils.waitForFxEvents();
            }
            // Receipt lookup with a receipt chosen: items, badges and prices.
            String receiptNo = services.receipts().findAnything("Chan Tai Man", java.util.Optional.empty(),
                    java.util.Optional.empty(), java.util.Optional.empty(), 5).get(0).receiptNo();
            robot.type(KeyCode.F2);
            try {
                waitUntil(() -> focused(robot, "#searchField"));
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError(language + ": focus on " + stage.getScene().getFocusOwner() + ", window focused "
                        + stage.isFocused() + ", windows " + javafx.stage.Window.getWindows(), e);
            }
            robot.lookup("#searchField").queryTextInputControl().clear();
            robot.write(receiptNo);                           // typed, not scanned: the receipt is shown, not claimed
            // Wait for this search's answer, not for the list the first language's pass left behind.
            waitUntil(() -> robot.lookup("#resultList").queryListView().getItems().stream()
                    .anyMatch(r -> r instanceof com.alluressories.caredesk.receipt.Receipt receipt
                            && receipt.receiptNo().equals(receiptNo)));
            robot.type(KeyCode.DOWN);
            try {
                waitUntil(() -> !robot.lookup("#lineTable .badge").queryAll().isEmpty());
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError(language + ": no badges; search '" + robot.lookup("#searchField")
                        .queryTextInputControl().getText() + "', title '" + robot.lookup("#receiptTitle").queryLabeled()
                        .getText() + "', rows " + robot.lookup("#lineTable").queryTableView().getItems().size(), e);
            }
            settle();
            assertWhole(robot, language + " lookup");
            for (Node badge : robot.lookup("#lineTable .badge").queryAll()) {
                TableRow<?> row = rowOf(badge);
                Bounds b = badge.localToScene(badge.getBoundsInLocal());
                Bounds r = row.localToScene(row.getBoundsInLocal());
                assertThat(b.getMaxY()).as("%s: the badge stays inside its row", language).isLessThanOrEqualTo(r.getMaxY() + 0.5);
            }

            // Repair tickets with a ticket chosen.
            Ticket ready = services.tickets().list(TicketFilter.all()).stream()
                    .filter(t -> t.state() == TicketState.READY_FOR_PICKUP).findFirst().orElseThrow();
            robot.type(KeyCode.F4);
            waitUntil(() -> focused(robot, "#ticketSearchField"));
            robot.lookup("#ticketSearchField").queryTextInputControl().clear();
            robot.write(ready.ticketNo()).type(KeyCode.ENTER);
            waitUntil(() -> robot.lookup("#ticketTitle").queryLabeled().getText().equals(ready.ticketNo()));
            // Every ticket listed (the scan filtered the list to one): each row's cells must be whole.
            robot.lookup("#ticketSearchField").queryTextInputControl().clear();
            robot.clickOn("#ticketSearchField").type(KeyCode.ENTER);
            waitUntil(() -> robot.lookup("#ticketTable").queryTableView().getItems().size() > 1);
            settle();
            assertWhole(robot, language + " tickets");

            robot.type(KeyCode.F5);
            waitUntil(() -> robot.lookup("#addButton").tryQuery().map(Node::isVisible).orElse(false));
            settle();
            assertWhole(robot, language + " staff");
        }
    }

    private void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        Platform.runLater(() -> stage.getScene().getRoot().layout());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Buttons, table cells, badges and the ticket's number and state: shown as they are, never cut. */
    private void assertWhole(FxRobot robot, String where) {
        List<String> cut = new ArrayList<>();
        collect(stage.getScene().getRoot(), cut);
        assertThat(cut).as("%s at 1024×768: text cut short", where).isEmpty();
    }

    private static void collect(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && matters(labeled) && labeled.getText() != null && !labeled.getText().isBlank()) {
            String shown = shownText(labeled);
            if (shown != null && !shown.equals(labeled.getText())) {
                cut.add(labeled.getText() + " -> " + shown);
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, cut);
            }
        }
    }

    private static boolean matters(Labeled labeled) {
        return labeled instanceof ButtonBase || labeled instanceof TableCell<?, ?>
                || labeled.getStyleClass().contains("badge") || "ticketTitle".equals(labeled.getId())
                || labeled.getStyleClass().contains("user-label");
    }

    private static String shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && text.getStyleClass().contains("text")) {
                return text.getText();
            }
        }
        return null;
    }

    private static TableRow<?> rowOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof TableRow<?> row) {
                return row;
            }
        }
        throw new AssertionError("not in a table row: " + node);
    }


}
