package com.alluressories.caredesk.ui;

import static com.alluressories.caredesk.ui.FxWait.focused;
import static com.alluressories.caredesk.ui.FxWait.shown;
import static com.alluressories.caredesk.ui.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.claim.ClaimDraft;
import com.alluressories.caredesk.claim.ClaimSummary;
import com.alluressories.caredesk.claim.Photo;
import com.alluressories.caredesk.policy.Metal;
import com.alluressories.caredesk.ticket.Ticket;
import com.alluressories.caredesk.ticket.TicketFilter;
import com.alluressories.caredesk.ticket.TicketState;
import com.alluressories.caredesk.ui.shell.MainWindow;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What tripped a new counter employee on the demo shop, each proven mended: dates, photos after a
 * language switch, focus that shows, closed combo boxes, the demo's door, history, the preview.
 */
@ExtendWith(ApplicationExtension.class)
class CounterDayOneScreenTest {
    private static final Clock CLOCK = CounterWindow.CLOCK;
    private final List<Throwable> uncaught = Collections.synchronizedList(new ArrayList<>());
    private Services services;
    private CounterWindow counter;
    private MainWindow window;
    private Path dir;
    private Stage stage;
    private Thread.UncaughtExceptionHandler before;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        // A US PC: dates must still read d/M/yyyy.
        Locale.setDefault(Locale.US);
        before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        Platform.runLater(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e)));
        counter = CounterWindow.demo("dayone");
        dir = counter.dir;
        services = counter.services;
        window = counter.show(stage);
    }

    @AfterEach
    void close() {
        Thread.setDefaultUncaughtExceptionHandler(before);
        Locale.setDefault(Locale.ENGLISH);
        counter.close();
    }

    @Test
    void theLockScreenOfTheDemoShowsItIsTheDemoAndHowToSignIn(FxRobot robot) throws Exception {
        waitUntil(() -> shown(robot, "#demoHint"));
        assertThat(robot.lookup(".lock-card .demo-badge").tryQuery().map(Node::isVisible)).contains(true);
        String hint = robot.lookup("#demoHint").queryLabeled().getText();
        assertThat(hint).contains("1001").contains("1234").contains("2001").contains("2222");
        robot.clickOn("#lockChineseButton");
        waitUntil(() -> robot.lookup("#demoHint").tryQuery().map(n -> ((Labeled) n).getText().contains("示範")).orElse(false));
    }

    @Test
    void theWindowOpensMaximisedTheFirstTimeAndRemembersWhereItWasLeft(FxRobot robot) throws Exception {
        assertThat(stage.isMaximized()).as("a first start fills the screen").isTrue();
        Platform.runLater(() -> {
            stage.setMaximized(false);
            stage.setWidth(1100);
            stage.setHeight(700);
            stage.hide();
        });
        WaitForAsyncUtils.waitForFxEvents();
        String place = Files.readString(dir.resolve("window.properties"));
        assertThat(place).contains("maximized=false").contains("width=1100");
    }

    @Test
    void importingOnTheDemoSaysNoBeforeAnyFileIsChosen(FxRobot robot) throws Exception {
        signIn(robot, "2001", "2222");
        robot.type(KeyCode.F2);
        waitUntil(() -> robot.lookup("#importButton").tryQuery().isPresent());
        robot.clickOn("#importButton");
        waitUntil(() -> dialogText(robot).contains("demo shop"));
    }

    @Test
    void thePromisedDateAfterSavingAClaimReadsDayMonthYearAndIsTypedSo(FxRobot robot) throws Exception {
        signIn(robot, "2001", "2222");
        ClaimSummary claim = services.claims().save(walkIn(List.of()));
        javafx.util.StringConverter<LocalDate> en = DatePickers.create(null, Locale.ENGLISH).getConverter();
        javafx.util.StringConverter<LocalDate> zh = DatePickers.create(null, I18n.CHINESE).getConverter();
        assertThat(en.toString(LocalDate.parse("2026-12-13"))).isEqualTo("13/12/2026");
        assertThat(en.fromString("1/2/2027")).isEqualTo(LocalDate.parse("2027-02-01"));
        assertThat(zh.toString(LocalDate.parse("2026-12-13"))).isEqualTo("2026年12月13日");
        assertThat(zh.fromString("2027年2月1日")).isEqualTo(LocalDate.parse("2027-02-01"));
        assertThat(zh.fromString("1/2/2027")).isEqualTo(LocalDate.parse("2027-02-01"));

        // The dialog after a saved claim, as staff see it on a US PC.
        Platform.runLater(() -> window.openTicketFor(claim));
        waitUntil(() -> robot.lookup("#promisedPicker").tryQuery().isPresent());
        DatePicker promised = robot.lookup("#promisedPicker").query();
        assertThat(promised.getEditor().getText()).isEqualTo("11/12/2026");   // 14 days, chargeable
        robot.clickOn(promised.getEditor()).eraseText(20).write("15/12/2026");
        robot.clickOn("#openTicketButton");
        waitUntil(() -> services.tickets().forClaim(claim.id()).isPresent());
        assertThat(services.tickets().forClaim(claim.id()).orElseThrow().promisedDate()).isEqualTo(LocalDate.parse("2026-12-15"));
    }

    @Test
    void photosStayOnTheTicketAfterTheLanguageIsSwitchedOnTheLockScreen(FxRobot robot) throws Exception {
        Path file = dir.resolve("clasp.png");
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        Photo photo = services.photos().add(file);
        signIn(robot, "2001", "2222");
        ClaimSummary claim = services.claims().save(walkIn(List.of(photo)));
        Ticket ticket = services.tickets().open(claim, "TST", LocalDate.now(CLOCK).plusDays(14));
        openTicket(robot, ticket.ticketNo());
        waitUntil(() -> robot.lookup(".ticket-photo").queryAll().size() == 1);

        robot.press(KeyCode.CONTROL).press(KeyCode.L).release(KeyCode.L).release(KeyCode.CONTROL);
        waitUntil(() -> window.isLocked());
        robot.clickOn("#lockChineseButton");
        waitUntil(() -> robot.lookup("#signInButton").tryQuery().map(n -> ((Labeled) n).getText().equals("登入")).orElse(false));
        signIn(robot, "2001", "2222");
        waitUntil(() -> robot.lookup(".ticket-photo").queryAll().size() == 1);
        assertThat(uncaught).isEmpty();
    }

    @Test
    void startingAClaimAfterALanguageSwitchRaisesNothing(FxRobot robot) throws Exception {
        signIn(robot, "2001", "2222");
        for (int i = 0; i < 2; i++) {
            robot.clickOn(i == 0 ? "#chineseButton" : "#englishButton");
            WaitForAsyncUtils.waitForFxEvents();
        }
        String receiptNo = services.receipts().findAnything("Chan Tai Man", Optional.empty(), Optional.empty(),
                Optional.empty(), 10).get(0).receiptNo();
        robot.type(KeyCode.F2);
        waitUntil(() -> focused(robot, "#searchField"));
        robot.write(receiptNo).type(KeyCode.ENTER);          // a scanned receipt
        waitUntil(() -> focused(robot, "#lineTable") || focused(robot, "#complaintArea"));
        if (focused(robot, "#lineTable")) {
            robot.type(KeyCode.ENTER);                          // several items: this one
        }
        waitUntil(() -> focused(robot, "#complaintArea"));
        robot.clickOn("#finding-MANUFACTURING_DEFECT");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(uncaught).as("nothing thrown on the FX thread").isEmpty();
        // Physical damage shows the words that cover it, under the misuse clause.
        Platform.runLater(() -> window.claimIntake().finding("PHYSICAL_DAMAGE").set(true));
        waitUntil(() -> robot.lookup("#clause-MISUSE .clause-why").tryQuery().isPresent());
        assertThat(robot.lookup("#clause-MISUSE .clause-why").queryLabeled().getText()).contains("knock or a fall");
    }

    @Test
    void focusShowsOnCheckBoxesAndTablesAndAClosedComboKeepsItsValue(FxRobot robot) throws Exception {
        signIn(robot, "2001", "2222");
        robot.type(KeyCode.F4);
        waitUntil(() -> robot.lookup("#overdueCheck").tryQuery().isPresent());
        CheckBox overdue = robot.lookup("#overdueCheck").query();
        assertThat(ring(overdue.lookup(".box"))).as("no ring before focus").isFalse();
        Platform.runLater(overdue::requestFocus);
        waitUntil(overdue::isFocused);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ring(overdue.lookup(".box"))).as("a ring on the focused check box").isTrue();

        TableView<?> table = robot.lookup("#ticketTable").query();
        Platform.runLater(table::requestFocus);
        waitUntil(table::isFocused);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ring(table)).as("a ring on the focused table").isTrue();

        ComboBox<?> states = robot.lookup("#stateBox").query();
        Object was = states.getValue();
        Platform.runLater(states::requestFocus);
        waitUntil(states::isFocused);
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(states.getValue()).as("Down on a closed combo box does not change it").isEqualTo(was);
        assertThat(states.isShowing()).as("it opens the list").isTrue();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(states.isShowing()).isFalse();
    }

    @Test
    void historyWrapsAndAnotherTicketShowsFromItsTop(FxRobot robot) throws Exception {
        signIn(robot, "1001", "1234");
        List<Ticket> all = services.tickets().list(TicketFilter.all());
        Ticket collected = all.stream().filter(t -> t.state() == TicketState.COLLECTED).findFirst().orElseThrow();
        Ticket other = all.stream().filter(t -> !t.ticketNo().equals(collected.ticketNo())).findFirst().orElseThrow();
        openTicket(robot, collected.ticketNo());
        ListView<?> history = robot.lookup("#timelineList").query();
        waitUntil(() -> !history.getItems().isEmpty());
        assertThat(history.lookupAll(".list-cell")).anySatisfy(cell -> assertThat(((Labeled) cell).isWrapText()).isTrue());
        ScrollPane detail = robot.lookup("#detailScroll").query();
        Platform.runLater(() -> detail.setVvalue(1.0));
        WaitForAsyncUtils.waitForFxEvents();
        openTicket(robot, other.ticketNo());
        assertThat(detail.getVvalue()).isZero();
    }

    /** A pickup recorded at a second PC while apart: kept in the history, not applied, and flagged for a manager. */
    @Test
    void aStepTakenAtTwoPcsWhileApartIsFlaggedOnTheTicket(FxRobot robot) throws Exception {
        Ticket collected = services.tickets().list(TicketFilter.all()).stream()
                .filter(t -> t.state() == TicketState.COLLECTED).findFirst().orElseThrow();
        services.store().write(c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO ticket_event (event_id, ticket_id, "
                    + "after_event, at, action, from_state, to_state, details, who, note) SELECT 'second-pickup', ticket_id, "
                    + "after_event, at + 100, action, from_state, to_state, details, 'Ken Wong (2002)', 'at Mong Kok' "
                    + "FROM ticket_event WHERE ticket_id = ? AND action = 'COLLECT'")) {
                ps.setLong(1, collected.id());
                ps.executeUpdate();
            }
            try (java.sql.PreparedStatement ps = c.prepareStatement("UPDATE ticket SET stale = 1 WHERE id = ?")) {
                ps.setLong(1, collected.id());
                ps.executeUpdate();
            }
            return null;
        });
        services.tickets().deriveChanged();
        signIn(robot, "1001", "1234");
        openTicket(robot, collected.ticketNo());
        waitUntil(() -> robot.lookup("#conflictsLabel").queryLabeled().isVisible());
        assertThat(robot.lookup("#conflictsLabel").queryLabeled().getText()).contains("could not apply");
        ListView<?> history = robot.lookup("#timelineList").query();
        waitUntil(() -> history.getItems().size() == services.tickets().events(collected.ticketNo()).size());
        assertThat(history.getItems().toString()).contains("Not applied").contains("at Mong Kok");
        javafx.scene.control.TableView<Ticket> table = robot.lookup("#ticketTable").query();
        int row = table.getItems().stream().map(Ticket::ticketNo).toList().indexOf(collected.ticketNo());
        assertThat(table.getColumns().stream().map(column -> String.valueOf(column.getCellData(row))))
                .as("the list says so too").anySatisfy(text -> assertThat(text).contains("Manager to check"));
        Shots.take(stage.getScene(), "ticket-conflicts-en");
        robot.clickOn("#chineseButton");
        WaitForAsyncUtils.waitForFxEvents();
        openTicket(robot, collected.ticketNo());
        waitUntil(() -> robot.lookup("#conflictsLabel").queryLabeled().getText().contains("未能套用"));
        Shots.take(stage.getScene(), "ticket-conflicts-zh");
    }

    @Test
    void aNoticeGivenToTheCustomerShowsInTheTicketsHistoryInBothLanguages(FxRobot robot) throws Exception {
        Ticket ready = services.tickets().list(TicketFilter.all()).stream()
                .filter(t -> t.state() == TicketState.READY_FOR_PICKUP).findFirst().orElseThrow();
        signIn(robot, "1001", "1234");
        var notice = services.notices().compose(ready.ticketNo(), com.alluressories.caredesk.notice.NoticeKind.READY,
                java.util.Optional.empty());
        services.notices().record(notice, com.alluressories.caredesk.notice.NoticeWay.WHATSAPP);
        openTicket(robot, ready.ticketNo());
        ListView<?> history = robot.lookup("#timelineList").query();
        waitUntil(() -> history.getItems().toString().contains("Customer told: ready for pickup, by WhatsApp"));
        assertThat(history.getItems().toString()).doesNotContain("Not applied");
        Shots.take(stage.getScene(), "ticket-notice-en");
        robot.clickOn("#chineseButton");
        WaitForAsyncUtils.waitForFxEvents();
        openTicket(robot, ready.ticketNo());
        ListView<?> historyZh = robot.lookup("#timelineList").query();
        waitUntil(() -> historyZh.getItems().toString().contains("已通知顧客：可取件，經 WhatsApp"));
        Shots.take(stage.getScene(), "ticket-notice-zh");
    }

    @Test
    void anOverriddenTicketSaysSoInOneLanguage(FxRobot robot) throws Exception {
        signIn(robot, "1001", "1234");
        Ticket overridden = services.tickets().list(TicketFilter.all()).stream()
                .filter(t -> services.claims().get(t.claimId()).orElseThrow().override().isPresent()).findFirst().orElseThrow();
        robot.clickOn("#chineseButton");
        WaitForAsyncUtils.waitForFxEvents();
        openTicket(robot, overridden.ticketNo());
        waitUntil(() -> robot.lookup("#overrideLabel").queryLabeled().getText().contains("推翻"));
        String text = robot.lookup("#overrideLabel").queryLabeled().getText();
        assertThat(text).contains("Mandy Kwok").contains("政策原裁定").doesNotContain("overridden").doesNotContain("policy");
        // Chinese lists are joined with 、, never an ASCII comma.
        Ticket expired = services.tickets().list(TicketFilter.all()).stream()
                .filter(t -> services.claims().get(t.claimId()).orElseThrow().flags().size() > 1).findFirst().orElseThrow();
        openTicket(robot, expired.ticketNo());
        waitUntil(() -> robot.lookup("#flagsLabel").queryLabeled().getText().contains("、"));
        assertThat(robot.lookup("#flagsLabel").queryLabeled().getText()).doesNotContain(",");
    }

    @Test
    void thePreviewOpensAtOnceFitsTheScreenAndIsNotAPrint(FxRobot robot) throws Exception {
        signIn(robot, "2001", "2222");
        Ticket ticket = services.tickets().list(TicketFilter.all()).get(0);
        openTicket(robot, ticket.ticketNo());
        boolean printedBefore = services.tickets().wasPrinted(ticket.ticketNo(), "TAG");
        // Focus scrolls the detail to the button (as Tab would), then it is clicked.
        javafx.scene.Node tag = robot.lookup("#printTagButton").query();
        robot.interact(tag::requestFocus);
        robot.interact(() -> { });
        robot.clickOn("#printTagButton");
        waitUntil(() -> robot.lookup(".preview-page").tryQuery().isPresent());
        Window preview = robot.lookup(".preview-page").query().getScene().getWindow();
        double screen = javafx.stage.Screen.getPrimary().getVisualBounds().getHeight();
        assertThat(preview.getHeight()).isLessThanOrEqualTo(Math.min(screen, 768));
        robot.type(KeyCode.ESCAPE);
        assertThat(services.tickets().wasPrinted(ticket.ticketNo(), "TAG")).isEqualTo(printedBefore);
    }

    @Test
    void aNameTooLongIsToldItsLimitAndTheFormKeepsWhatWasTyped(FxRobot robot) throws Exception {
        signIn(robot, "1001", "1234");
        robot.type(KeyCode.F5);
        waitUntil(() -> robot.lookup("#addButton").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#newNoField").write("2009");
        robot.clickOn("#newNameField").write("陳".repeat(65));
        robot.clickOn("#newPinField").write("2468");
        robot.clickOn("#addButton");
        waitUntil(() -> robot.lookup("#messageLabel").queryLabeled().getText().contains("60"));
        assertThat(robot.lookup("#messageLabel").queryLabeled().getText()).contains("at most 60").contains("65");
        assertThat(robot.lookup("#newPinField").queryTextInputControl().getText()).as("the PIN stays").isEqualTo("2468");
        assertThat(services.staff().find("2009")).isEmpty();
    }

    @Test
    void f1ListsTheKeysInTheReadersLanguage(FxRobot robot) throws Exception {
        signIn(robot, "2001", "2222");
        robot.type(KeyCode.F1);
        waitUntil(() -> robot.lookup("#helpKeys").tryQuery().isPresent());
        assertThat(dialogText(robot)).contains("Ctrl+P").contains("slip printer").contains("1–9, 0, A…");
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#chineseButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.F1);
        waitUntil(() -> dialogText(robot).contains("收據打印機"));
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void ctrlPWithoutASlipPrinterOpensThePreviewWhereItIsChosenOnceThenPrints(FxRobot robot) throws Exception {
        List<String> sent = Collections.synchronizedList(new ArrayList<>());
        services.usePrinters(new com.alluressories.caredesk.print.PrinterPort() {
            @Override
            public List<String> names() {
                return List.of("Counter slip");
            }

            @Override
            public void print(byte[] pdf, String printer, String jobName) {
                sent.add(printer + ": " + jobName);
            }
        });
        signIn(robot, "2001", "2222");
        Ticket ticket = services.tickets().list(TicketFilter.all()).get(0);
        openTicket(robot, ticket.ticketNo());
        robot.press(KeyCode.CONTROL).press(KeyCode.P).release(KeyCode.P).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#previewStatus").tryQuery()
                .map(n -> ((Labeled) n).getText().contains("No slip printer")).orElse(false));
        assertThat(sent).isEmpty();
        waitUntil(() -> !robot.lookup("#previewSlipButton").query().isDisabled());
        robot.clickOn("#previewSlipButton");
        waitUntil(() -> services.slipPrinter().get().isPresent());
        assertThat(services.slipPrinter().get()).contains("Counter slip");
        robot.type(KeyCode.ESCAPE);
        openTicket(robot, ticket.ticketNo());
        robot.press(KeyCode.CONTROL).press(KeyCode.P).release(KeyCode.P).release(KeyCode.CONTROL);
        waitUntil(() -> sent.size() == 2);
        assertThat(sent).containsExactly("Counter slip: " + ticket.ticketNo() + "-customer",
                "Counter slip: " + ticket.ticketNo() + "-tag");
        waitUntil(() -> robot.lookup("#printStatus").queryLabeled().getText().contains("Counter slip"));
    }

    @Test
    void aFailedAutomaticBackupIsShownInTheWindow(FxRobot robot) throws Exception {
        signIn(robot, "2001", "2222");
        IllegalStateException failure = new IllegalStateException("No space left on device");
        Platform.runLater(() -> window.backupDone(failure));
        waitUntil(() -> shown(robot, ".status-problem"));
        // In the window's words (ErrorWords), never the exception's English message.
        assertThat(robot.lookup(".status-problem").queryLabeled().getText())
                .startsWith("The automatic backup failed. ").contains(ErrorWords.of(window.i18n(), failure))
                .doesNotContain("No space left on device");
        // Told at once in a note that goes by itself, besides the status bar.
        waitUntil(() -> robot.lookup(".notification-bar").tryQuery().isPresent());
        Platform.runLater(() -> window.backupDone(null));
        waitUntil(() -> !shown(robot, ".status-problem"));
    }

    private ClaimDraft walkIn(List<Photo> photos) {
        return new ClaimDraft(Optional.empty(), Optional.empty(), Optional.empty(), "Silver ring", Optional.empty(),
                Metal.SILVER, Set.of(), "Chan Tai Man", "91234567", "Bent", "", Set.of("PHYSICAL_DAMAGE"), photos,
                Optional.empty(), true);
    }

    private void openTicket(FxRobot robot, String ticketNo) throws Exception {
        robot.type(KeyCode.F4);
        waitUntil(() -> focused(robot, "#ticketSearchField"));
        robot.write(ticketNo).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#ticketTitle").tryQuery().map(n -> ((Labeled) n).getText().equals(ticketNo)).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void signIn(FxRobot robot, String staffNo, String pin) throws Exception {
        waitUntil(() -> focused(robot, "#signInStaffNo"));
        robot.write(staffNo).type(KeyCode.ENTER);
        robot.write(pin).type(KeyCode.ENTER);
        waitUntil(() -> !window.isLocked());
    }

    /** A focus ring is drawn by the theme as an effect (a shadow around the control). */
    private static boolean ring(Node node) {
        return node != null && node.getEffect() != null;
    }

    private static String dialogText(FxRobot robot) {
        StringBuilder text = new StringBuilder();
        for (Window w : Window.getWindows()) {
            if (w.getScene() != null) {
                robot.from(w.getScene().getRoot()).lookup(".label").queryAll().forEach(n -> text.append(((Labeled) n).getText()).append(' '));
                robot.from(w.getScene().getRoot()).lookup(".content").queryAll().forEach(n -> {
                    if (n instanceof Labeled l) {
                        text.append(l.getText()).append(' ');
                    }
                });
            }
        }
        return text.toString();
    }



}
