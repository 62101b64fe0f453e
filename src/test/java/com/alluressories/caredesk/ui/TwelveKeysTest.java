package com.alluressories.caredesk.ui;

import static com.alluressories.caredesk.ui.FxWait.focused;
import static com.alluressories.caredesk.ui.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.claim.ClaimSummary;
import com.alluressories.caredesk.print.PrinterPort;
import com.alluressories.caredesk.receipt.ImportProgress;
import com.alluressories.caredesk.shop.ShopProfile;
import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.Role;
import com.alluressories.caredesk.ticket.Ticket;
import com.alluressories.caredesk.ui.shell.MainWindow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * From the scan to the printed ticket in at most twelve keys, besides typing the complaint and one
 * key per finding, by keyboard and scanner alone, in both languages. Every key the test sends is
 * counted; the count is asserted.
 */
@ExtendWith(ApplicationExtension.class)
class TwelveKeysTest {
    private static final Clock CLOCK = CounterWindow.CLOCK;
    private static final String RECEIPT = "CWB-20261101-0042";
    private static final String SLIP = "Counter slip printer";
    private final List<String> printed = Collections.synchronizedList(new ArrayList<>());
    private Services services;
    private CounterWindow counter;
    private MainWindow window;
    private int keys;
    private int findingKeys;

    @Start
    void start(Stage stage) throws Exception {
        counter = CounterWindow.empty("keys");
        services = counter.services;
        Path sales = Files.writeString(counter.dir.resolve("sales.csv"), "receipt_no,shop_code,purchased_at,customer_name,"
                + "customer_phone,line_no,sku,description,metal,stones,list_price,paid_price\n"
                + RECEIPT + ",CWB,2026-11-01T12:00,Chan Tai Man,91234567,1,BS-PRL-04,Pearl bracelet,SILVER,PEARL,1280,1280\n",
                StandardCharsets.UTF_8);
        Actor manager = services.staff().createFirstManager("1001", "Mandy Kwok", "1234");
        services.session().signIn(manager);
        services.shop().setUpRealShop(new ShopProfile("CWB", "Causeway Bay", "1 Yee Wo Street", "28001234"));
        services.staff().add(manager, "2001", "Amy Lee", Role.STAFF, "2468");
        services.session().signIn(services.staff().signIn("2001", "2468").actor().orElseThrow());
        assertThat(services.receipts().importFile(sales, ImportProgress.NONE).accepted()).isTrue();
        // This PC's slip printer, chosen once; the printer itself records what it is sent.
        services.usePrinters(new PrinterPort() {
            @Override
            public List<String> names() {
                return List.of("Office A4", SLIP);
            }

            @Override
            public void print(byte[] pdf, String printer, String jobName) {
                printed.add(printer + ": " + jobName);
            }
        });
        services.slipPrinter().set(SLIP);
        window = counter.show(stage);
    }

    @AfterEach
    void close() {
        counter.close();
    }

    @Test
    void fromTheScanToThePrintedTicketInTwelveKeysInEnglish(FxRobot robot) throws Exception {
        runFlow(robot);
    }

    @Test
    void fromTheScanToThePrintedTicketInTwelveKeysInChinese(FxRobot robot) throws Exception {
        Platform.runLater(() -> window.i18n().localeProperty().set(I18n.CHINESE));
        waitUntil(() -> robot.lookup("#nav-lookup .nav-text").tryQuery()
                .map(n -> "查找收據".equals(((javafx.scene.control.Labeled) n).getText())).orElse(false));
        runFlow(robot);
    }

    private void runFlow(FxRobot robot) throws Exception {
        waitUntil(() -> focused(robot, "#searchField"));
        robot.write(RECEIPT);                        // the scanner types the number...
        key(robot, KeyCode.ENTER);                    // ...and ends with Enter: one item, so its claim opens
        waitUntil(() -> focused(robot, "#complaintArea"));
        robot.write("The clasp does not close");     // typing the complaint is not counted
        finding(robot, KeyCode.DIGIT1);               // Manufacturing defect, by the key on its box
        waitUntil(() -> window.claimIntake().finding("MANUFACTURING_DEFECT").get());
        assertThat(robot.lookup("#key-MANUFACTURING_DEFECT").queryLabeled().getText()).isEqualTo("1");
        chord(robot, KeyCode.ALT, KeyCode.T);         // the customer accepts the terms shown
        waitUntil(() -> window.claimIntake().termsAcceptedProperty().get());
        chord(robot, KeyCode.CONTROL, KeyCode.S);     // save the claim
        waitUntil(() -> robot.lookup("#openTicketButton").tryQuery().isPresent());
        key(robot, KeyCode.ENTER);                    // the ticket, with its default promised date
        waitUntil(() -> !services.claims().earlierClaims(RECEIPT, 1).isEmpty());
        ClaimSummary claim = services.claims().earlierClaims(RECEIPT, 1).get(0);
        waitUntil(() -> services.tickets().forClaim(claim.id()).isPresent());
        Ticket ticket = services.tickets().forClaim(claim.id()).orElseThrow();
        waitUntil(() -> robot.lookup("#ticketTitle").tryQuery()
                .map(n -> ((javafx.scene.control.Labeled) n).getText().equals(ticket.ticketNo())).orElse(false));
        chord(robot, KeyCode.CONTROL, KeyCode.P);     // customer copy and bag tag to this PC's slip printer
        waitUntil(() -> printed.size() == 2);

        assertThat(printed).containsExactly(SLIP + ": " + ticket.ticketNo() + "-customer", SLIP + ": " + ticket.ticketNo() + "-tag");
        assertThat(services.tickets().wasPrinted(ticket.ticketNo(), "CUSTOMER")).isTrue();
        assertThat(services.tickets().wasPrinted(ticket.ticketNo(), "TAG")).isTrue();
        assertThat(claim.findings()).containsExactly("MANUFACTURING_DEFECT");
        assertThat(ticket.promisedDate()).isEqualTo(java.time.LocalDate.now(CLOCK).plusDays(7));
        assertThat(findingKeys).isEqualTo(1);
        assertThat(keys).as("keys from the scan to the printed ticket, besides the complaint and one per finding")
                .isLessThanOrEqualTo(12);
    }

    private void key(FxRobot robot, KeyCode code) {
        robot.type(code);
        keys++;
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A key with its modifier held counts as the two keys it is. */
    private void chord(FxRobot robot, KeyCode modifier, KeyCode code) {
        robot.press(modifier).press(code).release(code).release(modifier);
        keys += 2;
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A finding's key while the cursor is still in the complaint: Alt and the key on the box. */
    private void finding(FxRobot robot, KeyCode code) {
        robot.press(KeyCode.ALT).press(code).release(code).release(KeyCode.ALT);
        findingKeys++;
        WaitForAsyncUtils.waitForFxEvents();
    }
}
