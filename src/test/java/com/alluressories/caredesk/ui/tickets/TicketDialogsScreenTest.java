package com.alluressories.caredesk.ui.tickets;

import static com.alluressories.caredesk.ui.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.money.Money;
import com.alluressories.caredesk.ui.FxDialogService;
import com.alluressories.caredesk.ui.I18n;
import com.alluressories.caredesk.ui.shell.CareDeskApp;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A ticket form on screen, through the dialog service: the field marked while what is typed is
 * wrong, OK refused with the model's words, and the form confirmed once the amount is right.
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
        FxDialogService dialogs = new FxDialogService(stage);
        QuoteForm form = new QuoteForm();
        AtomicReference<Boolean> confirmed = new AtomicReference<>();
        Platform.runLater(() -> confirmed.set(dialogs.showForm(new QuoteDialog(form, i18n, dialogs))));
        waitUntil(() -> robot.lookup("#amountField").tryQuery().map(Node::isFocused).orElse(false));
        Window quote = robot.lookup("#amountField").query().getScene().getWindow();
        assertThat(errorMarks(robot, quote)).as("nothing typed yet: not marked wrong").isZero();

        robot.clickOn("#amountField").write("0");
        waitUntil(() -> errorMarks(robot, quote) == 1);
        robot.clickOn("#dialogOkButton");
        waitUntil(() -> robot.lookup(".label").queryAll().stream().anyMatch(n -> n instanceof Labeled l
                && "A quote is above zero, e.g. 380 or 380.50.".equals(l.getText())));
        robot.clickOn(robot.lookup(".button").queryAll().stream()
                .filter(n -> n.getScene().getWindow() != quote && n.getScene().getWindow() != stage)
                .findFirst().orElseThrow());   // the refusal's OK
        assertThat(confirmed.get()).as("the form stays open").isNull();

        robot.clickOn("#amountField").eraseText(1).write("380.50");
        waitUntil(() -> errorMarks(robot, quote) == 0);
        robot.clickOn("#dialogOkButton");
        waitUntil(() -> confirmed.get() != null);
        assertThat(confirmed.get()).isTrue();
        assertThat(form.amount()).isEqualTo(Money.ofCents(38_050));
    }

    /** ControlsFX's error marks shown in the window (not the marks of required fields). */
    private static long errorMarks(FxRobot robot, Window window) {
        Predicate<Node> errorMark = n -> n instanceof ImageView v && v.isVisible() && v.getImage() != null
                && String.valueOf(v.getImage().getUrl()).endsWith("decoration-error.png");
        return robot.from(window.getScene().getRoot()).lookup(errorMark).queryAll().size();
    }
}
