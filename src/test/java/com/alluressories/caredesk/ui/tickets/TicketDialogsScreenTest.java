package com.alluressories.caredesk.ui.tickets;

import static com.alluressories.caredesk.ui.FxWait.waitUntil;
import static com.alluressories.caredesk.ui.tickets.TicketForms.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.Styles;
import com.alluressories.caredesk.money.Money;
import com.alluressories.caredesk.ticket.TicketState;
import com.alluressories.caredesk.ui.FormDialog;
import com.alluressories.caredesk.ui.FxDialogService;
import com.alluressories.caredesk.ui.I18n;
import com.alluressories.caredesk.ui.shell.CareDeskApp;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Ticket forms on screen, through the dialog service: a wrong field drawn in the theme's danger
 * state with the model's words under it, OK refused without an alert (the form open, the wrong
 * field focused), and the form confirmed once the values are right.
 */
@ExtendWith(ApplicationExtension.class)
class TicketDialogsScreenTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        CareDeskApp.prepareLook();
        stage.setScene(new Scene(new StackPane(), 800, 600));
        stage.show();
    }

    @Test
    void aQuoteOfNothingIsMarkedAndRefusedUntilAnAmountIsTyped(FxRobot robot) throws Exception {
        I18n i18n = new I18n(Locale.ENGLISH);
        QuoteForm form = new QuoteForm();
        AtomicReference<Boolean> confirmed = open(robot, new QuoteDialog(form, i18n), i18n, "#amountField");
        TextField amount = robot.lookup("#amountField").query();
        assertThat(marked(amount)).as("nothing typed yet: not marked wrong").isFalse();
        assertThat(wordsUnder(robot, amount)).isEmpty();

        robot.clickOn("#amountField").write("0");
        waitUntil(() -> marked(amount));
        assertThat(wordsUnder(robot, amount)).isEqualTo("A quote is above zero, e.g. 380 or 380.50.");
        robot.clickOn("#dialogOkButton");
        waitUntil(() -> amount.isFocused());
        assertThat(Window.getWindows()).as("no alert: the words are under the field").hasSize(2);
        assertThat(confirmed.get()).as("the form stays open").isNull();
        assertThat(amount.getSelectedText()).as("what was wrong is selected to type over").isEqualTo("0");

        robot.write("380.50");
        waitUntil(() -> !marked(amount));
        assertThat(wordsUnder(robot, amount)).isEmpty();
        robot.clickOn("#dialogOkButton");
        waitUntil(() -> confirmed.get() != null);
        assertThat(confirmed.get()).isTrue();
        assertThat(form.amount()).isEqualTo(Money.ofCents(38_050));
    }

    @Test
    void okOnAnEmptyQuoteSaysWhatIsMissingInTheWindowsLanguage(FxRobot robot) throws Exception {
        I18n i18n = new I18n(Locale.forLanguageTag("zh-HK"));
        AtomicReference<Boolean> confirmed = open(robot, new QuoteDialog(new QuoteForm(), i18n), i18n, "#amountField");
        TextField amount = robot.lookup("#amountField").query();
        robot.clickOn("#amountField").type(javafx.scene.input.KeyCode.TAB);
        waitUntil(() -> marked(amount));
        assertThat(wordsUnder(robot, amount)).as("left empty for the note: touched").isNotEmpty();
        robot.clickOn("#dialogOkButton");
        waitUntil(() -> marked(amount) && amount.isFocused());
        assertThat(wordsUnder(robot, amount)).isEqualTo(i18n.get("tickets.dialog.invalidAmount")).contains("港幣");
        assertThat(confirmed.get()).isNull();
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> confirmed.get() != null);
        assertThat(confirmed.get()).isFalse();
    }

    @Test
    void anApprovalWithNothingSaidAndAPastDateMarksBothAndFocusesTheFirst(FxRobot robot) throws Exception {
        I18n i18n = new I18n(Locale.ENGLISH);
        QuoteAnswerForm form = new QuoteAnswerForm(true, TicketForms.TODAY);
        form.expectedProperty().set(TicketForms.TODAY.minusDays(2));
        AtomicReference<Boolean> confirmed = open(robot, new QuoteAnswerDialog(form, i18n), i18n, "#howField");
        TextField how = robot.lookup("#howField").query();
        Node expected = robot.lookup(".date-picker").query();
        assertThat(marked(expected)).as("not said before the date is touched or OK pressed").isFalse();
        robot.clickOn("#dialogOkButton");
        waitUntil(() -> marked(how) && marked(expected) && how.isFocused());
        assertThat(wordsUnder(robot, expected)).isEqualTo("The expected date cannot be before today.");
        assertThat(confirmed.get()).isNull();
        robot.write("In person");
        Platform.runLater(() -> form.expectedProperty().set(TicketForms.TODAY));
        waitUntil(() -> !marked(expected) && !marked(how));
        robot.clickOn("#dialogOkButton");
        waitUntil(() -> confirmed.get() != null);
        assertThat(confirmed.get()).isTrue();
    }

    @Test
    void pickupTakesFourDigitsOnlyAndSaysWhenThereAreFewer(FxRobot robot) throws Exception {
        I18n i18n = new I18n(Locale.ENGLISH);
        PickupForm form = new PickupForm(ticket(TicketState.READY_FOR_PICKUP, true,
                Optional.of(new BigDecimal("380")), Optional.of(new BigDecimal("380.00"))));
        AtomicReference<Boolean> confirmed = open(robot, new PickupDialog(form, i18n), i18n, "#last4Field");
        TextField last4 = robot.lookup("#last4Field").query();
        assertThat(robot.lookup("#dialogOkButton").queryAs(Button.class).isDisabled()).as("OK always pressable")
                .isFalse();

        robot.clickOn("#last4Field").write("4a5-6 789");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(last4.getText()).isEqualTo("4567");
        robot.eraseText(2);
        robot.clickOn("#dialogOkButton");
        waitUntil(() -> marked(last4) && last4.isFocused());
        assertThat(robot.lookup("#last4Error").queryAs(Label.class).getText())
                .isEqualTo("Enter the last 4 digits of the phone.");
        assertThat(confirmed.get()).isNull();

        robot.write("1111");
        robot.clickOn("#dialogOkButton");
        waitUntil(() -> robot.lookup("#last4Error").queryAs(Label.class).getText().contains("do not match"));
        assertThat(confirmed.get()).isNull();

        robot.clickOn("#pickupOverrideCheck");
        robot.clickOn("#dialogOkButton");
        TextField reason = robot.lookup("#overrideReasonField").query();
        waitUntil(() -> marked(reason) && reason.isFocused());
        assertThat(wordsUnder(robot, reason)).isEqualTo("Give the reason for the override.");
        assertThat(marked(last4)).as("the override stands in for the digits").isFalse();
        robot.write("Sister collecting, ID seen");
        robot.clickOn("#dialogOkButton");
        waitUntil(() -> confirmed.get() != null);
        assertThat(form.overrideReason()).contains("Sister collecting, ID seen");
    }

    @Test
    void escapeInTheLast4FieldCancelsThePickup(FxRobot robot) throws Exception {
        I18n i18n = new I18n(Locale.ENGLISH);
        PickupForm form = new PickupForm(ticket(TicketState.READY_FOR_PICKUP, true,
                Optional.of(new BigDecimal("380")), Optional.of(new BigDecimal("380.00"))));
        AtomicReference<Boolean> confirmed = open(robot, new PickupDialog(form, i18n), i18n, "#last4Field");
        robot.clickOn("#last4Field").write("12");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> confirmed.get() != null);
        assertThat(confirmed.get()).isFalse();
    }

    @Test
    void alertsAreAnsweredInTheWindowsLanguage(FxRobot robot) throws Exception {
        I18n i18n = new I18n(Locale.forLanguageTag("zh-HK"));
        FxDialogService dialogs = new FxDialogService(stage, i18n);
        Platform.runLater(() -> dialogs.showError("維修單", "錯誤"));
        waitUntil(() -> robot.lookup(".button").queryAll().stream()
                .anyMatch(n -> n instanceof Button b && "確定".equals(b.getText())));
        assertThat(robot.lookup(".button").queryAll()).noneMatch(n -> n instanceof Button b && "OK".equals(b.getText()));
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> Window.getWindows().size() == 1);
    }

    private AtomicReference<Boolean> open(FxRobot robot, FormDialog form, I18n i18n, String firstField)
            throws Exception {
        FxDialogService dialogs = new FxDialogService(stage, i18n);
        AtomicReference<Boolean> confirmed = new AtomicReference<>();
        Platform.runLater(() -> confirmed.set(dialogs.showForm(form)));
        waitUntil(() -> robot.lookup(firstField).tryQuery().map(Node::isFocused).orElse(false));
        return confirmed;
    }

    /** The field drawn in the theme's danger state. */
    private static boolean marked(Node field) {
        return field.getPseudoClassStates().contains(Styles.STATE_DANGER);
    }

    /** The words shown right under a field (its error label), empty when none. */
    private static String wordsUnder(FxRobot robot, Node field) {
        return field.getParent().getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Label l && l.getStyleClass().contains("field-error") && l.isVisible())
                .map(n -> ((Label) n).getText()).findFirst().orElse("");
    }
}
