package com.alluressories.caredesk.ui;

import static com.alluressories.caredesk.ui.FxWait.focused;
import static com.alluressories.caredesk.ui.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.claim.ClaimSummary;
import com.alluressories.caredesk.policy.Verdict;
import com.alluressories.caredesk.receipt.ImportProgress;
import com.alluressories.caredesk.shop.ShopProfile;
import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.Role;
import com.alluressories.caredesk.ticket.Ticket;
import com.alluressories.caredesk.ticket.TicketFixture;
import com.alluressories.caredesk.ticket.TicketState;
import com.alluressories.caredesk.ui.shell.MainWindow;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** From a scanned receipt to a saved claim, from the keyboard, in English and in Chinese. */
@ExtendWith(ApplicationExtension.class)
class ClaimIntakeScreenTest {
    private static final Clock CLOCK = CounterWindow.CLOCK;
    private static final String RECEIPT = "CWB-20261101-0042";
    private CounterWindow counter;
    private Services services;
    private MainWindow window;
    private Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        counter = CounterWindow.empty("claim");
        services = counter.services;
        dir = counter.dir;
        Path sales = Files.writeString(dir.resolve("sales.csv"), "receipt_no,shop_code,purchased_at,customer_name,"
                + "customer_phone,line_no,sku,description,metal,stones,list_price,paid_price\n"
                + RECEIPT + ",CWB,2026-11-01T12:00,Chan Tai Man,91234567,1,BS-PRL-04,Pearl bracelet,SILVER,PEARL,1280,1280\n",
                StandardCharsets.UTF_8);
        Actor manager = services.staff().createFirstManager("1001", "Mandy Kwok", "1234");
        services.session().signIn(manager);
        services.shop().setUpRealShop(new ShopProfile("CWB", "Causeway Bay", "1 Yee Wo Street", "28001234"));
        services.staff().add(manager, "2001", "Amy Lee", Role.STAFF, "2468");
        services.session().signIn(services.staff().signIn("2001", "2468").actor().orElseThrow());
        assertThat(services.receipts().importFile(sales, ImportProgress.NONE).accepted()).isTrue();
        window = counter.show(stage);
    }

    @AfterEach
    void close() {
        counter.close();
    }

    @Test
    void scanTickSeeTheVerdictChangeAttachAPhotoAcceptAndSave(FxRobot robot) throws Exception {
        runFlow(robot, "Pending inspection", "Warranty repair: free", "Partly under warranty", "Misuse");
        ClaimSummary claim = savedClaim();
        assertThat(claim.policyVerdict()).isEqualTo(Verdict.PARTIAL_WARRANTY);
        assertThat(claim.finalVerdict()).isEqualTo(Verdict.PARTIAL_WARRANTY);
        assertThat(claim.flags()).containsExactly("MISUSE");
        assertThat(claim.findings()).containsExactlyInAnyOrder("MANUFACTURING_DEFECT", "POLISH_SOAK");
        assertThat(claim.staffName()).isEqualTo("Amy Lee (2001)");
        assertThat(claim.customerPhone()).isEqualTo("91234567");
        assertThat(claim.complaint()).isEqualTo("The clasp does not close");
        assertThat(claim.photos()).isEqualTo(1);
        assertThat(claim.policyLabel()).isEqualTo("alluressories-hk-warranty@2026.1");
        assertThat(services.claims().decisionJson(claim.id())).contains("silver polish").contains("銀器清潔劑");
        // Straight on to the repair ticket, on the tickets screen.
        Ticket ticket = services.tickets().forClaim(claim.id()).orElseThrow();
        assertThat(ticket.ticketNo()).isEqualTo("CWB-261127-0001");
        waitUntil(() -> robot.lookup("#ticketTitle").tryQuery().map(n -> ((Labeled) n).getText().equals(ticket.ticketNo())
                && n.isVisible()).orElse(false));
        followTheTicketToCollection(robot, ticket);
    }

    /** Quote, approval, repair, a refused pickup, the right pickup, and the documents printed on the way. */
    private void followTheTicketToCollection(FxRobot robot, Ticket ticket) throws Exception {
        waitUntil(() -> robot.lookup(".ticket-photo").queryAll().size() == 1);   // the claim's photo, with its ticket
        // The print buttons are below the claim's details: scrolled to, as staff would.
        robot.interact(() -> ((javafx.scene.control.ScrollPane) robot.lookup("#detailScroll").query()).setVvalue(1.0));
        robot.clickOn("#printCustomerButton");
        try {
            waitUntil(() -> robot.lookup(".preview-page").tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            StringBuilder windows = new StringBuilder();
            for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
                windows.append(w).append(' ').append(w instanceof Stage st ? st.getTitle() : "").append(" / ");
                robot.from(w.getScene().getRoot()).lookup(".label").queryAll().forEach(n ->
                        windows.append(((Labeled) n).getText()).append(" | "));
            }
            throw new AssertionError("windows: " + windows, e);
        }
        robot.type(KeyCode.ESCAPE);
        assertThat(services.tickets().wasPrinted(ticket.ticketNo(), "CUSTOMER")).as("a preview is not a print").isFalse();

        robot.clickOn("#action-QUOTE");
        waitUntil(() -> focused(robot, "#amountField"));
        robot.clickOn("#amountField").write("380");
        robot.clickOn("#dialogOkButton");
        try {
            waitUntil(() -> state(ticket) == TicketState.QUOTED);
        } catch (java.util.concurrent.TimeoutException e) {
            StringBuilder windows = new StringBuilder();
            for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
                windows.append(w.getClass().getSimpleName()).append(": ");
                robot.from(w.getScene().getRoot()).lookup(".label").queryAll().forEach(n ->
                        windows.append(((Labeled) n).getText()).append(" | "));
                windows.append("\n");
            }
            throw new AssertionError("windows: " + windows, e);
        }
        waitUntil(() -> robot.lookup("#action-APPROVE_QUOTE").tryQuery().isPresent());
        // The keyboard stays on the ticket (its next step), not on the header's lock button.
        waitUntil(() -> focused(robot, "#action-APPROVE_QUOTE"));
        assertThat(focused(robot, "#lockButton")).as("the next Enter would lock the window").isFalse();
        robot.clickOn("#action-APPROVE_QUOTE");
        waitUntil(() -> focused(robot, "#howField"));
        robot.clickOn("#howField").write("In person");
        robot.clickOn("#dialogOkButton");
        waitUntil(() -> state(ticket) == TicketState.IN_REPAIR);
        waitUntil(() -> robot.lookup("#action-READY").tryQuery().isPresent());
        robot.clickOn("#action-READY");
        robot.clickOn("#dialogOkButton");
        waitUntil(() -> state(ticket) == TicketState.READY_FOR_PICKUP);

        waitUntil(() -> robot.lookup("#action-COLLECT").tryQuery().isPresent());
        robot.clickOn("#action-COLLECT");
        waitUntil(() -> focused(robot, "#last4Field"));
        robot.clickOn("#last4Field").write("1111");
        robot.clickOn("#dialogOkButton");
        // A wrong last-4 keeps the dialog open, says so under the field, and keeps the focus there.
        waitUntil(() -> robot.lookup("#last4Error").tryQuery().map(n -> ((Labeled) n).getText().contains("last 4"))
                .orElse(false));
        assertThat(robot.lookup("#last4Field").query().isFocused()).isTrue();
        assertThat(robot.lookup("#pickupOverrideCheck").query().isVisible()).isTrue();
        assertThat(state(ticket)).isEqualTo(TicketState.READY_FOR_PICKUP);
        robot.write("4567");   // the typed digits are selected: the right ones replace them
        robot.clickOn("#dialogOkButton");
        waitUntil(() -> state(ticket) == TicketState.COLLECTED);
        waitUntil(() -> robot.lookup(".preview-page").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        assertThat(services.tickets().get(ticket.ticketNo()).orElseThrow().finalCharge()).contains(
                new java.math.BigDecimal("380.00"));
    }

    private TicketState state(Ticket ticket) {
        return services.tickets().get(ticket.ticketNo()).orElseThrow().state();
    }

    @Test
    void theSameFlowInChinese(FxRobot robot) throws Exception {
        robot.clickOn("#chineseButton");
        waitUntil(() -> robot.lookup("#nav-lookup .nav-text").tryQuery().map(n -> "查找收據".equals(((Labeled) n).getText()))
                .orElse(false));
        runFlow(robot, "待檢查", "保養維修：免費", "部分保養", "不當使用");
        assertThat(savedClaim().flags()).containsExactly("MISUSE");
    }

    @Test
    void scanningATicketNumberOnAnotherScreenOpensTheTicket(FxRobot robot) throws Exception {
        Ticket ticket = services.tickets().open(TicketFixture.warranty(services.store(), CLOCK), "CWB",
                java.time.LocalDate.parse("2026-12-04"));
        robot.type(KeyCode.F2);
        robot.write(ticket.ticketNo()).type(KeyCode.ENTER);   // the scanner, into the receipt search
        waitUntil(() -> robot.lookup("#ticketTitle").tryQuery().map(n -> ((Labeled) n).getText().equals(ticket.ticketNo())
                && n.isVisible()).orElse(false));
        assertThat(robot.lookup("#nav-tickets").<javafx.scene.control.ToggleButton>query().isSelected()).isTrue();
    }

    @Test
    void aWrongPhoneIsMarkedOnItsFieldAndSaidUnderIt(FxRobot robot) throws Exception {
        robot.type(KeyCode.F2);
        robot.write(RECEIPT).type(KeyCode.ENTER);
        waitUntil(() -> focused(robot, "#complaintArea"));
        assertThat(danger(robot, "#customerPhoneField")).isFalse();
        robot.doubleClickOn("#customerPhoneField").eraseText(8).write("9123");
        waitUntil(() -> danger(robot, "#customerPhoneField"));
        assertThat(robot.lookup("#customerPhoneError").queryLabeled().getText()).isEqualTo("A Hong Kong number has 8 digits.");
        assertThat(danger(robot, "#customerNameField")).isFalse();
        robot.write("4567");
        waitUntil(() -> !danger(robot, "#customerPhoneField"));
        assertThat(robot.lookup("#customerPhoneError").queryLabeled().getText()).isEmpty();
        robot.doubleClickOn("#customerNameField").eraseText(20);
        waitUntil(() -> danger(robot, "#customerNameField"));
        assertThat(robot.lookup("#customerNameError").queryLabeled().getText()).isEqualTo("Enter the customer's name.");
    }

    /** The field is drawn as wrong (ControlsFX validation, in the theme's danger state). */
    private static boolean danger(FxRobot robot, String field) {
        return robot.lookup(field).query().getPseudoClassStates().contains(atlantafx.base.theme.Styles.STATE_DANGER);
    }

    private void runFlow(FxRobot robot, String pending, String warranty, String partial, String misuse) throws Exception {
        robot.type(KeyCode.F2);
        robot.write(RECEIPT).type(KeyCode.ENTER);         // what a scanner does: one item, so its claim opens
        keys = 1;                                          // the scanner's Enter; its characters are not counted
        try {
            waitUntil(() -> focused(robot, "#complaintArea"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("focus is on " + stage.getScene().getFocusOwner(), e);
        }
        assertThat(verdict(robot)).isEqualTo(pending);
        robot.write("The clasp does not close");

        // Findings are ticked from the keyboard: Tab to the checklist, Space to tick.
        tick(robot, "#finding-MANUFACTURING_DEFECT");
        waitUntil(() -> warranty.equals(verdict(robot)));
        tick(robot, "#finding-POLISH_SOAK");
        waitUntil(() -> partial.equals(verdict(robot)));
        assertThat(robot.lookup("#clause-MISUSE .clause-title").queryLabeled().getText()).isEqualTo(misuse);

        Path photo = dir.resolve("clasp.png");
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
        Path notAPhoto = Files.writeString(dir.resolve("notes.txt"), "not a photo");
        Platform.runLater(() -> window.claimIntake().addPhotos(List.of(photo, notAPhoto)));
        waitUntil(() -> robot.lookup("#photoPane .photo-thumb").queryAll().size() == 1);
        assertThat(robot.lookup("#photoError").queryLabeled().getText()).contains("notes.txt");

        assertThat(robot.lookup("#saveButton").query().isDisabled()).isTrue();
        tick(robot, "#termsCheck");
        waitUntil(() -> !robot.lookup("#saveButton").query().isDisabled());
        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        keys += 2;
        waitUntil(() -> !services.claims().earlierClaims(RECEIPT, 1).isEmpty());
        waitUntil(() -> robot.lookup("#openTicketButton").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        keys++;
        // The Tab-and-Space way still works, in as many keys as the form's order gives (the counted
        // shortest way, a key per finding, is TwelveKeysTest's): a field put in the way shows here.
        assertThat(keys).as("keys from the scan to the ticket by Tab and Space, besides the typed complaint")
                .isEqualTo(TAB_AND_SPACE_KEYS);
    }

    /**
     * Keys the flow sends, besides what is typed: the scanner's Enter, Tab from the complaint to each
     * finding in turn and then to the terms with Space on each, Ctrl+S (two keys), Enter for the ticket.
     */
    private static final int TAB_AND_SPACE_KEYS = 24;
    private int keys;

    /** Tabs forward until the finding's box has the focus, then ticks it with Space. */
    private void tick(FxRobot robot, String finding) throws Exception {
        for (int i = 0; i < 30 && !focused(robot, finding); i++) {
            robot.type(KeyCode.TAB);
            keys++;
            WaitForAsyncUtils.waitForFxEvents();
        }
        keys++;
        assertThat(focused(robot, finding)).as("Tab reaches " + finding).isTrue();
        robot.type(KeyCode.SPACE);
    }

    private ClaimSummary savedClaim() {
        List<ClaimSummary> claims = services.claims().earlierClaims(RECEIPT, 1);
        assertThat(claims).hasSize(1);
        return claims.get(0);
    }

    private static String verdict(FxRobot robot) {
        return robot.lookup("#verdictLabel").queryLabeled().getText();
    }
}
