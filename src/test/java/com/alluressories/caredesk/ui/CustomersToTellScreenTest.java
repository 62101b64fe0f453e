package com.alluressories.caredesk.ui;

import static com.alluressories.caredesk.ui.FxWait.labelShows;
import static com.alluressories.caredesk.ui.FxWait.shown;
import static com.alluressories.caredesk.ui.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.demo.DemoShop;
import com.alluressories.caredesk.notice.DisposalTimeline;
import com.alluressories.caredesk.notice.NoticeKind;
import com.alluressories.caredesk.notice.NoticeService;
import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.ticket.TicketState;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Customers to tell (F8) on the demo shop at 1024×768, by keyboard, in both languages: the
 * worklist, "Tell the customer" with QR codes a phone can read, nothing recorded until staff say
 * how it was sent; the uncollected pieces with where each stands under Cap. 294, a dispute
 * recorded, and a manager's disposal once the ordinance allows it.
 */
@ExtendWith(ApplicationExtension.class)
class CustomersToTellScreenTest {
    private CounterWindow counter;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        counter = CounterWindow.demo("notices");
        Files.writeString(counter.dir.resolve("window.properties"), "maximized=false\nx=0\ny=0\nwidth=1024\nheight=768\n");
        signIn(DemoShop.counterStaff());
        counter.show(stage);
    }

    private void signIn(DemoShop.DemoStaff who) {
        Actor actor = counter.services.staff().signIn(who.staff().staffNo(), who.pin()).actor().orElseThrow();
        counter.services.session().signIn(actor);
    }

    @AfterEach
    void close() {
        counter.close();
    }

    @Test
    void staffTellACustomerFromTheWorklistByKeyboard(FxRobot robot) throws Exception {
        tellTheFirst(robot, "en", "Customers to tell", "Record as sent");
        robot.clickOn("#chineseButton");
        waitUntil(() -> labelShows(robot, ".screen-title", "待通知顧客"));
        tellTheFirst(robot, "zh", "待通知顧客", "記錄為已發送");
    }

    private void tellTheFirst(FxRobot robot, String language, String title, String ok) throws Exception {
        robot.type(KeyCode.F8);
        waitUntil(() -> labelShows(robot, ".screen-title", title));
        TableView<NoticeService.Due> due = robot.lookup("#dueTable").query();
        List<NoticeService.Due> expected = counter.services.notices().toTell(Optional.of("TST"));
        waitUntil(() -> due.getItems().size() == expected.size() && due.getSelectionModel().getSelectedItem() != null);
        waitUntil(() -> due.isFocused());
        Shots.take(stage.getScene(), "notices-due-" + language);
        // The first that is not Cap. 294's registered letter: down the list by keyboard.
        int row = 0;
        while (expected.get(row).kind() == NoticeKind.INTENTION_TO_SELL) {
            row++;
        }
        for (int i = 0; i < row; i++) {
            robot.type(KeyCode.DOWN);
        }
        NoticeService.Due chosen = expected.get(row);
        waitUntil(() -> due.getSelectionModel().getSelectedItem().ticket().ticketNo()
                .equals(chosen.ticket().ticketNo()));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> shown(robot, "#tellText") && !robot.lookup("#tellText").queryAs(TextArea.class).getText().isEmpty());
        String text = robot.lookup("#tellText").queryAs(TextArea.class).getText();
        assertThat(text).contains(chosen.ticket().ticketNo());
        // The shop phone reads the WhatsApp link with the very text shown.
        ImageView qr = robot.lookup("#whatsappQr").queryAs(ImageView.class);
        waitUntil(() -> qr.getImage() != null);
        String link = decode(qr.getImage());
        assertThat(link).startsWith("https://wa.me/852");
        assertThat(java.net.URLDecoder.decode(link.substring(link.indexOf("text=") + 5),
                java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(text);
        Button okButton = robot.lookup("#dialogOkButton").queryButton();
        assertThat(okButton.getText()).isEqualTo(ok);
        assertThat(okButton.isDisabled()).as("nothing to record before staff say how it went").isTrue();
        Shots.take(robot.lookup("#tellCustomer").query().getScene(), "notices-tell-" + language);
        long before = notices(chosen.ticket().ticketNo());
        robot.clickOn("#sent-WHATSAPP");
        waitUntil(() -> !okButton.isDisabled());
        robot.interact(okButton::fire);
        waitUntil(() -> notices(chosen.ticket().ticketNo()) == before + 1);
        waitUntil(() -> due.getItems().size() == expected.size() - 1);
    }

    private long notices(String ticketNo) {
        return counter.services.tickets().events(ticketNo).stream().filter(e -> e.notice().isPresent()).count();
    }

    /** Cap. 294 from the Uncollected tab: a dispute by staff; the disposal by a manager, only when allowed. */
    @Test
    void uncollectedPiecesFollowTheOrdinance(FxRobot robot) throws Exception {
        robot.type(KeyCode.F8);
        waitUntil(() -> shown(robot, "#dueTable"));
        robot.interact(() -> robot.lookup("#tabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel()
                .select(1));
        TableView<NoticeService.Uncollected> table = robot.lookup("#uncollectedTable").query();
        waitUntil(() -> table.getItems().size() == counter.services.notices().uncollected().size());
        Shots.take(stage.getScene(), "notices-uncollected-en");
        NoticeService.Uncollected waiting = pick(table, DisposalTimeline.Stage.WAITING);
        assertThat(robot.lookup("#disposeButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#intentionButton").queryButton().isDisabled()).isTrue();
        press(robot, "#disputeButton");
        waitUntil(() -> shown(robot, "#noteText"));
        robot.interact(() -> robot.lookup("#noteText").queryAs(TextArea.class).setText("Says the charge is too high"));
        robot.interact(() -> robot.lookup("#dialogOkButton").queryButton().fire());
        waitUntil(() -> counter.services.notices().timeline(waiting.ticketNo()).stage()
                == DisposalTimeline.Stage.DISPUTED);

        NoticeService.Uncollected allowed = pick(table, DisposalTimeline.Stage.DISPOSAL_ALLOWED);
        signIn(DemoShop.manager());
        press(robot, "#disposeButton");
        waitUntil(() -> shown(robot, "#noteText"));
        Shots.take(robot.lookup("#noteText").query().getScene(), "notices-dispose-en");
        robot.interact(() -> robot.lookup("#noteText").queryAs(TextArea.class).setText("Sold at public auction"));
        robot.interact(() -> robot.lookup("#dialogOkButton").queryButton().fire());
        waitUntil(() -> counter.services.tickets().get(allowed.ticketNo()).orElseThrow().state()
                == TicketState.DISPOSED);
        waitUntil(() -> table.getItems().stream().noneMatch(u -> u.ticketNo().equals(allowed.ticketNo())));

        NoticeService.Uncollected due = pick(table, DisposalTimeline.Stage.INTENTION_DUE);
        press(robot, "#intentionButton");
        waitUntil(() -> shown(robot, "#intentionText")
                && robot.lookup("#intentionText").queryAs(TextArea.class).getText().contains("14"));
        Shots.take(robot.lookup("#intentionText").query().getScene(), "notices-intention-en");
        assertThat(robot.lookup("#dialogOkButton").queryButton().isDisabled()).as("no posting reference yet").isTrue();
        robot.interact(() -> robot.lookup("#intentionReference").queryAs(javafx.scene.control.TextField.class)
                .setText("RR555666777HK"));
        robot.interact(() -> robot.lookup("#dialogOkButton").queryButton().fire());
        waitUntil(() -> counter.services.notices().timeline(due.ticketNo()).stage()
                == DisposalTimeline.Stage.INTENTION_SENT);
        assertThat(counter.services.notices().timeline(due.ticketNo()).postingRef()).contains("RR555666777HK");
    }

    /** A manager rewords a message in both languages in one visit: switching keeps what was typed; Save keeps both. */
    @Test
    void aManagerRewordsBothLanguagesInOneVisit(FxRobot robot) throws Exception {
        signIn(DemoShop.manager());
        robot.type(KeyCode.F8);
        waitUntil(() -> shown(robot, "#dueTable"));
        press(robot, "#settingsButton");
        waitUntil(() -> shown(robot, "#settingsWording"));
        TextArea wording = robot.lookup("#settingsWording").queryAs(TextArea.class);
        javafx.scene.control.ComboBox<java.util.Locale> language = robot.lookup("#settingsLanguage").queryComboBox();
        robot.interact(() -> {
            language.setValue(java.util.Locale.ENGLISH);
            wording.setText("Hi {customer}: {item}, ticket {ticket_no}, is ready. To pay: {amount}.");
            language.setValue(com.alluressories.caredesk.text.Bundles.CHINESE);
        });
        assertThat(wording.getText()).contains("取件");
        robot.interact(() -> {
            wording.setText("{customer}：{item}（{ticket_no}）可取件，應付 {amount}。");
            language.setValue(java.util.Locale.ENGLISH);
        });
        assertThat(wording.getText()).startsWith("Hi {customer}");
        robot.interact(() -> robot.lookup("#dialogOkButton").queryButton().fire());
        waitUntil(() -> counter.services.notices().settings().template(NoticeKind.READY,
                com.alluressories.caredesk.text.Bundles.CHINESE).isPresent());
        assertThat(counter.services.notices().settings().template(NoticeKind.READY, java.util.Locale.ENGLISH))
                .contains("Hi {customer}: {item}, ticket {ticket_no}, is ready. To pay: {amount}.");
        waitUntil(() -> robot.lookup(".dialog-pane").queryAll().stream().anyMatch(n -> n.isVisible()));
        robot.type(KeyCode.ENTER); // "Saved."
    }

    /** Presses a button that opens a dialog: not waited on, the dialog holds the FX thread until it closes. */
    private static void press(FxRobot robot, String button) {
        Button b = robot.lookup(button).queryButton();
        javafx.application.Platform.runLater(b::fire);
    }

    private static NoticeService.Uncollected pick(TableView<NoticeService.Uncollected> table,
                                                  DisposalTimeline.Stage stage) throws Exception {
        waitUntil(() -> table.getItems().stream().anyMatch(u -> u.timeline().stage() == stage));
        NoticeService.Uncollected u = table.getItems().stream().filter(x -> x.timeline().stage() == stage).findFirst()
                .orElseThrow();
        javafx.application.Platform.runLater(() -> {
            table.requestFocus();
            table.getSelectionModel().select(u);
        });
        waitUntil(() -> table.getSelectionModel().getSelectedItem() == u);
        return u;
    }

    private static String decode(Image image) throws Exception {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] pixels = new int[w * h];
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                pixels[y * w + x] = reader.getArgb(x, y);
            }
        }
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels))))
                .getText();
    }
}
