package com.alluressories.caredesk.ui;

import static com.alluressories.caredesk.ui.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.shop.ShopProfile;
import com.alluressories.caredesk.ui.lookup.LineRow;
import com.alluressories.caredesk.ui.shell.MainWindow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Import a sales export, scan a receipt, read the warranty badges: in English, then in Chinese. */
@ExtendWith(ApplicationExtension.class)
class ReceiptLookupScreenTest {
    private CounterWindow counter;
    private MainWindow window;
    private Path sales;

    @Start
    void start(Stage stage) throws Exception {
        counter = CounterWindow.empty("lookup");
        Services services = counter.services;
        sales = Files.writeString(counter.dir.resolve("sales.csv"), "receipt_no,shop_code,purchased_at,customer_name,"
                + "customer_phone,line_no,sku,description,metal,stones,list_price,paid_price\n"
                + "CWB-20260801-0007,CWB,2026-08-01T15:20,歐陽卓琳,+852 9123 4567,1,ES-PRL-05,Pearl studs,SILVER,PEARL,880,880\n"
                + "CWB-20260801-0007,CWB,2026-08-01T15:20,歐陽卓琳,+852 9123 4567,2,R18-SOL-02,Solitaire ring,18K_GOLD,DIAMOND,15800,15800\n"
                + "CWB-20260801-0007,CWB,2026-08-01T15:20,歐陽卓琳,+852 9123 4567,3,NP-STAR-08,Star necklace,PLATED,,590,295\n"
                + "TST-20261120-0001,TST,2026-11-20,Chan Tai Man,61234567,1,ES-PRL-05,Pearl studs,SILVER,PEARL,880,880\n",
                StandardCharsets.UTF_8);
        services.session().signIn(services.staff().createFirstManager("1001", "Mandy Kwok", "1234"));
        services.shop().setUpRealShop(new ShopProfile("CWB", "Causeway Bay", "1 Yee Wo Street", "28001234"));
        window = counter.show(stage);
    }

    @AfterEach
    void close() {
        counter.close();
    }

    @Test
    void importScanAndReadTheBadgesInBothLanguages(FxRobot robot) throws Exception {
        Platform.runLater(() -> window.importSales(sales));
        waitUntil(() -> robot.lookup(".import-headline").tryQuery().map(n -> ((Label) n).getText().startsWith("Imported"))
                .orElse(false));
        assertThat(robot.lookup(".import-headline").queryLabeled().getText()).contains("2 receipts and 4 lines added");
        robot.clickOn("#importCloseButton");

        robot.clickOn("#searchField").write("CWB-20260801-0007").type(KeyCode.ENTER);
        waitUntil(() -> lineTable(robot).getItems().size() == 3);
        assertThat(robot.lookup("#receiptTitle").queryLabeled().getText()).isEqualTo("Receipt CWB-20260801-0007");
        assertThat(badges(robot)).containsExactly(
                "Expired on 1/11/2026",
                "In warranty until 1/8/2028 (613 days left)",
                "Final sale — no warranty");
        assertThat(robot.lookup("#receiptCustomer").queryLabeled().getText()).contains("歐陽卓琳").contains("9123 4567");

        robot.clickOn("#chineseButton");
        waitUntil(() -> badges(robot).size() == 3 && badges(robot).get(0).startsWith("保養已於"));
        assertThat(badges(robot)).containsExactly(
                "保養已於 2026年11月1日 屆滿",
                "保養期至 2028年8月1日（尚餘 613 日）",
                "最後減價貨品 — 不設保養");
        assertThat(robot.lookup("#receiptTitle").queryLabeled().getText()).isEqualTo("收據 CWB-20260801-0007");
    }

    @Test
    void typingTheLastFourDigitsListsTheCustomersReceiptsAndAMissIsSaidPlainly(FxRobot robot) throws Exception {
        Platform.runLater(() -> window.importSales(sales));
        waitUntil(() -> robot.lookup("#importCloseButton").tryQuery().map(n -> !n.isDisabled()
                && robot.lookup(".import-headline").queryLabeled().getText().startsWith("Imported")).orElse(false));
        robot.clickOn("#importCloseButton");
        robot.clickOn("#searchField").write("4567");
        waitUntil(() -> robot.lookup("#resultList").queryListView().getItems().size() == 2);
        assertThat(robot.lookup("#statusLabel").queryLabeled().getText()).startsWith("2 receipts");
        robot.doubleClickOn("#searchField").eraseText(4).write("TST-99999999-0000").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#statusLabel").queryLabeled().getText().startsWith("No receipt matches"));
        assertThat(robot.lookup("#resultList").queryListView().getItems()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static TableView<LineRow> lineTable(FxRobot robot) {
        return (TableView<LineRow>) robot.lookup("#lineTable").queryAs(TableView.class);
    }

    private static List<String> badges(FxRobot robot) {
        return robot.lookup("#lineTable .badge").queryAllAs(Label.class).stream()
                .sorted(java.util.Comparator.comparingDouble(l -> l.localToScene(0, 0).getY()))
                .map(Label::getText).toList();
    }
}
