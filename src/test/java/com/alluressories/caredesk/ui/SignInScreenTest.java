package com.alluressories.caredesk.ui;

import static com.alluressories.caredesk.ui.FxWait.focused;
import static com.alluressories.caredesk.ui.FxWait.labelShows;
import static com.alluressories.caredesk.ui.FxWait.shown;
import static com.alluressories.caredesk.ui.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.demo.DemoShop;
import com.alluressories.caredesk.policy.PolicyLoader;
import com.alluressories.caredesk.staff.AuditAction;
import com.alluressories.caredesk.staff.AuditEntry;
import com.alluressories.caredesk.staff.AuditFilter;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.ticket.Ticket;
import com.alluressories.caredesk.ticket.TicketFilter;
import com.alluressories.caredesk.ticket.TicketState;
import com.alluressories.caredesk.ui.shell.CareDeskApp;
import com.alluressories.caredesk.ui.shell.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The lock screen, a wrong PIN, an override refused for counter staff, and a manager approving on the spot. */
@ExtendWith(ApplicationExtension.class)
class SignInScreenTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Hong_Kong"));
    private Services services;
    private FxTaskRunner tasks;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("caredesk-signin");
        CareDeskApp.prepareLook();
        services = new Services(Store.open(dir), CLOCK, PolicyLoader.bundled());
        DemoShop.fill(services.store(), CLOCK);
        tasks = new FxTaskRunner();
        window = new MainWindow(stage, services, tasks, Locale.ENGLISH);
        window.show();
    }

    @AfterEach
    void close() {
        tasks.close();
        services.close();
    }

    @Test
    void signInARefusedOverrideAndAManagersApproval(FxRobot robot) throws Exception {
        // Nobody is signed in: the lock screen covers the window and takes the keyboard.
        assertThat(window.isLocked()).isTrue();
        waitUntil(() -> focused(robot, "#signInStaffNo"));
        assertThat(shown(robot, "#nav-lookup")).isFalse();
        robot.write("2001").type(KeyCode.ENTER);
        assertThat(focused(robot, "#signInPin")).isTrue();
        robot.write("9999").type(KeyCode.ENTER);
        waitUntil(() -> labelShows(robot, ".lock-message", "4 more tries"));
        assertThat(window.isLocked()).isTrue();
        robot.write("2222").type(KeyCode.ENTER);
        waitUntil(() -> !window.isLocked());
        assertThat(robot.lookup(".user-label").queryLabeled().getText()).contains("Ken Wong 黃家健").contains("Staff");

        // A piece ready for pickup, scanned in from Receipt lookup.
        Ticket ready = services.tickets().list(new TicketFilter(Optional.of(TicketState.READY_FOR_PICKUP), false, false,
                Optional.empty(), "", 10)).get(0);
        robot.type(KeyCode.F2);
        waitUntil(() -> focused(robot, "#searchField"));
        robot.write(ready.ticketNo()).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#action-COLLECT").tryQuery().isPresent());
        robot.clickOn("#action-COLLECT");
        waitUntil(() -> focused(robot, "#last4Field"));
        robot.clickOn("#last4Field").write("0000");
        robot.clickOn("#pickupOverrideCheck");
        robot.clickOn("#overrideReasonField").write("Sister collecting, ID seen");
        robot.clickOn("#dialogOkButton");

        // Counter staff cannot approve their own override.
        waitUntil(() -> focused(robot, "#approvalStaffNo"));
        robot.clickOn("#approvalStaffNo").write("2001");
        robot.clickOn("#approvalPin").write("2222");
        robot.clickOn("#approveButton");
        waitUntil(() -> labelShows(robot, "#approvalMessage", "not a manager"));
        assertThat(state(ready)).isEqualTo(TicketState.READY_FOR_PICKUP);

        // The manager approves with their own number and PIN.
        robot.doubleClickOn("#approvalStaffNo").eraseText(4).write("1001");
        robot.clickOn("#approvalPin").write("1234");
        robot.clickOn("#approveButton");
        waitUntil(() -> state(ready) == TicketState.COLLECTED);
        waitUntil(() -> robot.lookup(".preview-page").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        assertThat(services.tickets().events(ready.ticketNo()).get(services.tickets().events(ready.ticketNo()).size() - 1))
                .satisfies(e -> {
                    assertThat(e.who()).isEqualTo("Ken Wong 黃家健 (2001)");
                    assertThat(e.note()).contains("Mandy Kwok 郭文迪 (1001)").contains("Sister collecting");
                });
        List<AuditEntry> trail = services.audit().list(AuditFilter.all());
        assertThat(trail).filteredOn(e -> e.action().equals(AuditAction.PICKUP_OVERRIDDEN.name())).singleElement()
                .satisfies(e -> {
                    assertThat(e.staffNo()).contains("2001");
                    assertThat(e.approvedNo()).contains("1001");
                    assertThat(e.record()).isEqualTo(ready.ticketNo());
                });
        assertThat(trail).extracting(AuditEntry::action).contains("MANAGER_APPROVAL_REFUSED", "SIGN_IN_FAILED");

        // Ctrl+L locks; the manager signs in and is back on the same screen.
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        waitUntil(window::isLocked);
        waitUntil(() -> focused(robot, "#signInStaffNo"));
        assertThat(shown(robot, "#tickets-screen")).isFalse();
        robot.write("1001").type(KeyCode.ENTER).write("1234").type(KeyCode.ENTER);
        waitUntil(() -> !window.isLocked());
        assertThat(shown(robot, "#tickets-screen")).isTrue();
        assertThat(robot.lookup(".user-label").queryLabeled().getText()).contains("Mandy Kwok").contains("Manager");
        assertThat(services.audit().verify().intact()).isTrue();
    }

    @Test
    void theLockScreenSpeaksChineseAndStaffOnlyScreensAskForAManager(FxRobot robot) throws Exception {
        Platform.runLater(() -> window.i18n().localeProperty().set(I18n.CHINESE));
        waitUntil(() -> labelShows(robot, ".lock-title", "CareDesk 已鎖定"));
        waitUntil(() -> focused(robot, "#signInStaffNo"));
        robot.write("2002").type(KeyCode.ENTER).write("0000").type(KeyCode.ENTER);
        waitUntil(() -> labelShows(robot, ".lock-message", "密碼錯誤"));
        robot.write("3333").type(KeyCode.ENTER);
        waitUntil(() -> !window.isLocked());
        // The audit trail is a manager's: counter staff see the gate, not the entries.
        robot.type(KeyCode.F6);
        waitUntil(() -> labelShows(robot, "#audit-screen .empty-title", "只限經理"));
        assertThat(shown(robot, "#audit-screen .table-view")).isFalse();
        robot.clickOn("#audit-screen .button");
        waitUntil(() -> focused(robot, "#approvalStaffNo"));
        robot.clickOn("#approvalStaffNo").write("1001");
        robot.clickOn("#approvalPin").write("1234");
        robot.clickOn("#approveButton");
        waitUntil(() -> shown(robot, "#audit-screen .table-view"));
        waitUntil(() -> robot.lookup("#audit-screen .table-row-cell").queryAll().stream()
                .anyMatch(n -> n.lookupAll(".table-cell").stream()
                        .anyMatch(c -> c instanceof Labeled l && "經理批准".equals(l.getText()))));
    }

    @Test
    void leavingTheDemoHandsTheWindowToTheShopsFirstManager(FxRobot robot) throws Exception {
        waitUntil(() -> focused(robot, "#signInStaffNo"));
        robot.write("1001").type(KeyCode.ENTER).write("1234").type(KeyCode.ENTER);
        waitUntil(() -> !window.isLocked());
        robot.clickOn("#setupButton");
        waitUntil(() -> robot.lookup("#managerNoField").tryQuery().isPresent());
        robot.clickOn("#codeField").write("MK");
        robot.clickOn("#nameField").write("Mong Kok");
        robot.clickOn("#addressField").write("88 Nathan Road");
        robot.clickOn("#phoneField").write("23456789");
        robot.clickOn("#managerNoField").write("M01");
        robot.clickOn("#managerNameField").write("Winnie Yeung 楊慧妍");
        robot.clickOn("#managerPinField").write("5678");
        robot.clickOn("#managerPinAgainField").write("5678");
        robot.clickOn("Save");
        waitUntil(() -> labelShows(robot, ".dialog-pane .content", "Shop MK is set up"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> labelShows(robot, ".user-label", "Winnie Yeung 楊慧妍 (M01)"));
        assertThat(services.shop().isDemo()).isFalse();
        // The Staff screen is the new manager's: only they are listed, and what they add is theirs.
        robot.type(KeyCode.F5);
        waitUntil(() -> shown(robot, "#staff-screen .table-view"));
        waitUntil(() -> robot.lookup("#staff-screen .table-row-cell").queryAll().stream()
                .anyMatch(n -> n.lookupAll(".table-cell").stream()
                        .anyMatch(c -> c instanceof Labeled l && "M01".equals(l.getText()))));
        assertThat(services.staff().list()).extracting(s -> s.staffNo()).containsExactly("M01");
        robot.clickOn("#newNoField").write("3001");
        robot.clickOn("#newNameField").write("Joyce Chan");
        robot.clickOn("#newPinField").write("2580");
        robot.clickOn("#addButton");
        waitUntil(() -> services.staff().find("3001").isPresent());
        assertThat(services.audit().list(AuditFilter.all()).stream()
                .filter(e -> e.action().equals("STAFF_ADDED") && e.record().equals("3001")).findFirst().orElseThrow()
                .staffNo()).contains("M01");
        // After leaving the demo, the keyboard path (a staff card scanner's) still signs in: number, Enter, PIN, Enter.
        waitUntil(() -> javafx.stage.Window.getWindows().size() > 1);
        robot.type(KeyCode.ENTER);                                   // "added" is read and closed
        robot.press(KeyCode.CONTROL).press(KeyCode.L).release(KeyCode.L).release(KeyCode.CONTROL);
        waitUntil(() -> window.isLocked() && focused(robot, "#signInStaffNo"));
        assertThat(shown(robot, "#demoHint")).as("no demo hint on a real shop").isFalse();
        robot.write("3001").type(KeyCode.ENTER).write("2580").type(KeyCode.ENTER);
        try {
            waitUntil(() -> !window.isLocked());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("still locked; message: " + robot.lookup(".lock-message").queryLabeled().getText()
                    + "; staff no: " + robot.lookup("#signInStaffNo").queryTextInputControl().getText()
                    + "; focus: " + robot.lookup("#signInStaffNo").query().getScene().getFocusOwner(), e);
        }
        assertThat(robot.lookup(".user-label").queryLabeled().getText()).contains("Joyce Chan");
    }

    private TicketState state(Ticket ticket) {
        return services.tickets().get(ticket.ticketNo()).orElseThrow().state();
    }




}
