package com.alluressories.caredesk.ui;

import static com.alluressories.caredesk.ui.FxWait.labelShows;
import static com.alluressories.caredesk.ui.FxWait.shown;
import static com.alluressories.caredesk.ui.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.custody.Dispatch;
import com.alluressories.caredesk.demo.DemoShop;
import com.alluressories.caredesk.ticket.Custody;
import com.alluressories.caredesk.ticket.Ticket;
import com.alluressories.caredesk.ticket.TicketFilter;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
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
 * Hand-overs (F10) on the demo shop at 1024×768, by keyboard and scanner, in each language: a
 * dispatch to the workshop filled by scanning bag tags (a piece at another shop refused with the
 * reason) with its manifest previewed; then the workshop's bag received at TST by scanning its
 * manifest and one tag, the other piece flagged missing, and a manager resolving it.
 */
@ExtendWith(ApplicationExtension.class)
class HandOversScreenTest {
    private CounterWindow counter;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        counter = CounterWindow.demo("custody");
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
    void sendAndReceiveByScanningInEnglish(FxRobot robot) throws Exception {
        walk(robot, "en", "is in the bag", "is at shop CWB", "is received", "Flagged missing", "is out of the bag");
    }

    @Test
    void sendAndReceiveByScanningInChinese(FxRobot robot) throws Exception {
        robot.clickOn("#chineseButton");
        walk(robot, "zh", "已放入袋中", "在 CWB 分店", "已收件", "已標示為缺少", "已從袋中取出");
    }

    @Test
    void aTicketSaysWhereItsPieceIsAndTheCustomerChoosesWhereToCollect(FxRobot robot) throws Exception {
        Ticket travelling = counter.services.tickets().list(TicketFilter.all().withLocation(
                Optional.of(Custody.IN_TRANSIT))).stream().filter(t -> t.shopCode().equals("CWB")).findFirst().orElseThrow();
        robot.type(KeyCode.F4);
        waitUntil(() -> FxWait.focused(robot, "#ticketSearchField"));
        scan(robot, "#ticketSearchField", travelling.ticketNo());
        waitUntil(() -> labelShows(robot, "#custodyLabel", "on dispatch") && labelShows(robot, "#custodyLabel",
                "collects at: TST"));
        waitUntil(() -> robot.lookup("#timelineList").queryListView().getItems().stream()
                .anyMatch(e -> e.toString().contains("Sent on dispatch")));
        Button collectAt = robot.lookup("#action-COLLECT_AT").query();
        Platform.runLater(collectAt::fire);
        waitUntil(() -> robot.lookup("#collectAtShop").tryQuery().isPresent());
        javafx.scene.control.ComboBox<String> shop = robot.lookup("#collectAtShop").query();
        robot.interact(() -> shop.setValue("CWB"));
        Shots.take(shop.getScene(), "tickets-collect-at");
        javafx.scene.control.DialogPane pane = robot.lookup(".dialog-pane").query();
        Button ok = (Button) pane.lookupButton(pane.getButtonTypes().get(0));
        Platform.runLater(ok::fire);
        // Back to the shop that took it in: the ticket no longer needs to say where it is collected.
        waitUntil(() -> !robot.lookup("#custodyLabel").queryLabeled().getText().contains("collects at"));
        assertThat(counter.services.tickets().get(travelling.ticketNo()).orElseThrow().collectingShop()).isEqualTo("CWB");
        Shots.take(stage.getScene(), "tickets-custody");

        // The list filtered by where the pieces are.
        javafx.scene.control.ComboBox<String> where = robot.lookup("#whereFilterBox").query();
        scan(robot, "#ticketSearchField", "");
        robot.interact(() -> where.setValue(Custody.WORKSHOP));
        javafx.scene.control.TableView<Ticket> table = robot.lookup("#ticketTable").query();
        waitUntil(() -> !table.getItems().isEmpty() && table.getItems().stream()
                .allMatch(t -> t.custody().location().equals(Custody.WORKSHOP)));
    }

    /** Puts the text in the field, as a scanner types it, and ends it with Enter. */
    private static void scan(FxRobot robot, String field, String text) {
        TextField f = robot.lookup(field).query();
        robot.interact(() -> {
            f.requestFocus();
            f.setText(text);
        });
        robot.type(KeyCode.ENTER);
    }

    private static boolean listShows(FxRobot robot, String list, String words) {
        ListView<?> view = robot.lookup(list).query();
        return view.isVisible() && robot.from(view).lookup(".list-cell").queryAll().stream()
                .anyMatch(c -> c instanceof Labeled l && l.getText() != null && l.getText().contains(words));
    }

    private void walk(FxRobot robot, String language, String inBag, String elsewhere, String received, String flagged,
                      String takenOut) throws Exception {
        List<Ticket> atTst = counter.services.tickets().list(TicketFilter.all().withLocation(Optional.of("TST")));
        Ticket toSend = atTst.stream().filter(t -> t.state().name().equals("QUOTED") || t.state().name().equals("RECEIVED"))
                .findFirst().orElseThrow();
        Ticket atCwb = counter.services.tickets().list(TicketFilter.all().withLocation(Optional.of("CWB"))).get(0);
        Dispatch coming = counter.services.custody().incoming().get(0);
        assertThat(coming.pieces()).hasSize(2);

        robot.type(KeyCode.F10);
        waitUntil(() -> shown(robot, "#piecesList") && listShows(robot, "#piecesList", toSend.ticketNo()));
        Shots.take(stage.getScene(), "custody-pieces-" + language);

        // Send: to the workshop (the first choice), with the courier; Enter in the courier field starts it.
        TabPane tabs = robot.lookup("#tabs").query();
        robot.interact(() -> tabs.getSelectionModel().select(1));
        waitUntil(() -> FxWait.focused(robot, "#destinationBox"));
        scan(robot, "#courierField", "Lalamove");
        waitUntil(() -> shown(robot, "#sendScanField") && FxWait.focused(robot, "#sendScanField"));
        scan(robot, "#sendScanField", toSend.ticketNo().toLowerCase());
        waitUntil(() -> labelShows(robot, "#sendSaidLabel", inBag));
        scan(robot, "#sendScanField", atCwb.ticketNo());
        waitUntil(() -> labelShows(robot, "#sendSaidLabel", elsewhere));
        assertThat(FxWait.focused(robot, "#sendScanField")).as("ready for the next scan").isTrue();
        Shots.take(stage.getScene(), "custody-send-" + language);
        // Scanned by mistake: the row chosen, Delete, confirmed; it is here again; then scanned in for real.
        ListView<?> sent = robot.lookup("#sentList").query();
        robot.interact(() -> {
            sent.requestFocus();
            sent.getSelectionModel().select(0);
        });
        robot.type(KeyCode.DELETE);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> labelShows(robot, "#sendSaidLabel", takenOut));
        assertThat(counter.services.tickets().get(toSend.ticketNo()).orElseThrow().custody().location()).isEqualTo("TST");
        scan(robot, "#sendScanField", toSend.ticketNo());
        waitUntil(() -> labelShows(robot, "#sendSaidLabel", inBag));
        assertThat(counter.services.tickets().get(toSend.ticketNo()).orElseThrow().custody().location())
                .isEqualTo(Custody.IN_TRANSIT);
        Button slip = robot.lookup("#slipButton").query();
        Platform.runLater(slip::fire);
        waitUntil(() -> robot.lookup(".preview-page").tryQuery().isPresent());
        javafx.scene.Scene preview = robot.lookup("#previewPages").query().getScene();
        Shots.take(preview, "custody-manifest-" + language);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !preview.getWindow().isShowing());

        // Receive: the workshop's bag, by its manifest; one tag comes out, the other does not.
        robot.interact(() -> tabs.getSelectionModel().select(2));
        waitUntil(() -> listShows(robot, "#incomingList", coming.dispatchNo()) && FxWait.focused(robot, "#manifestField"));
        // A wrong manifest is refused, and the field is ready for the right one (the bad scan selected, replaced).
        scan(robot, "#manifestField", "WS-D000101-9");
        waitUntil(() -> robot.lookup("#manifestField").queryTextInputControl().getSelectedText().equals("WS-D000101-9"));
        scan(robot, "#manifestField", coming.dispatchNo());
        waitUntil(() -> shown(robot, "#receiveScanField") && FxWait.focused(robot, "#receiveScanField"));
        String first = coming.pieces().get(0).ticketNo();
        String second = coming.pieces().get(1).ticketNo();
        scan(robot, "#receiveScanField", first);
        waitUntil(() -> labelShows(robot, "#receiveSaidLabel", received));
        Shots.take(stage.getScene(), "custody-receive-" + language);
        Button finish = robot.lookup("#finishButton").query();
        Platform.runLater(finish::fire);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.type(KeyCode.ENTER); // finish, and flag the rest
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().map(p -> ((javafx.scene.control.DialogPane) p)
                .getContentText()).filter(t -> t != null && t.contains(flagged)).isPresent());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        assertThat(counter.services.tickets().get(first).orElseThrow().custody().location()).isEqualTo("TST");
        assertThat(counter.services.tickets().get(second).orElseThrow().custody().missing()).isTrue();

        // Missing: a manager says where it was found.
        robot.interact(() -> tabs.getSelectionModel().select(3));
        waitUntil(() -> listShows(robot, "#missingList", second) && FxWait.focused(robot, "#missingList"));
        Shots.take(stage.getScene(), "custody-missing-" + language);
        ListView<?> missing = robot.lookup("#missingList").query();
        robot.interact(() -> {
            missing.requestFocus();
            missing.getSelectionModel().select(0);
        });
        Button resolve = robot.lookup("#resolveButton").query();
        Platform.runLater(resolve::fire);
        waitUntil(() -> robot.lookup("#noteText").tryQuery().isPresent());
        javafx.scene.control.ComboBox<String> where = robot.lookup("#noteChoice").query();
        javafx.scene.control.TextArea why = robot.lookup("#noteText").query();
        robot.interact(() -> {
            where.getSelectionModel().select("TST");
            why.setText("Left in the courier's van, brought back this afternoon");
        });
        Shots.take(why.getScene(), "custody-resolve-" + language);
        Button ok = (Button) ((javafx.scene.control.DialogPane) robot.lookup(".dialog-pane").query())
                .lookupButton(((javafx.scene.control.DialogPane) robot.lookup(".dialog-pane").query()).getButtonTypes().get(0));
        Platform.runLater(ok::fire);
        waitUntil(() -> robot.lookup("#noteText").tryQuery().isEmpty());
        waitUntil(() -> counter.services.tickets().get(second).orElseThrow().custody().location().equals("TST"));
        waitUntil(() -> shown(robot, "#noMissingLabel"));
    }
}
