package com.alluressories.caredesk.ui;

import static com.alluressories.caredesk.ui.FxWait.shown;
import static com.alluressories.caredesk.ui.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.demo.DemoShop;
import com.alluressories.caredesk.notice.DisposalTimeline;
import com.alluressories.caredesk.notice.NoticeKind;
import com.alluressories.caredesk.notice.NoticeService;
import com.alluressories.caredesk.print.NoticePrintService;
import com.alluressories.caredesk.print.Paper;
import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.text.Bundles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A new counter employee's walk, by keyboard, through what telling the customer added (issue #20),
 * in English and in Chinese: Customers to tell (F8) and its two lists, Tell the customer with its
 * QR codes, letter preview and "Sent by", the notice of intention, dispute, settlement and disposal
 * notes, Messages and reminders, the shop notice, "Tell the customer…" on a ticket (F4), and the
 * customer's language at claim intake (F3). It fails on words cut to "…", a date split over two
 * lines, a dialog or preview page bigger than the screen, and a key that does not reach where the
 * next keystroke goes. With CAREDESK_SHOTS set it also writes a picture of every step (every Tab),
 * the focus order and the PDFs; run it at both sizes with
 * {@code -DargLine="-Dheadless.geometry=1024x768-32"} and {@code 1920x1080-32}.
 */
@ExtendWith(ApplicationExtension.class)
class NoticesWalkTest {
    private CounterWindow counter;
    private Stage stage;
    private String size;
    private int w;
    private int h;
    private String lang;
    private final List<String> log = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        // The counter's 1024×768, unless the headless screen was made 1920×1080 for the big one.
        boolean big = Screen.getPrimary().getBounds().getWidth() >= 1920;
        w = big ? 1920 : 1024;
        h = big ? 1080 : 768;
        size = w + "x" + h;
        counter = CounterWindow.demo("walk");
        Files.writeString(counter.dir.resolve("window.properties"),
                "maximized=false\nx=0\ny=0\nwidth=" + w + "\nheight=" + h + "\n");
        signIn(DemoShop.counterStaff());
        counter.show(stage);
    }

    private void signIn(DemoShop.DemoStaff who) {
        Actor actor = counter.services.staff().signIn(who.staff().staffNo(), who.pin()).actor().orElseThrow();
        counter.services.session().signIn(actor);
    }

    @AfterEach
    void close() throws Exception {
        String folder = System.getenv("CAREDESK_SHOTS");
        if (folder != null && !folder.isBlank()) {
            Files.write(Path.of(folder).resolve("walk-" + size + "-" + lang + ".txt"), log);
        }
        counter.close();
    }

    @Test
    void english(FxRobot robot) throws Exception {
        lang = "en";
        walk(robot);
    }

    @Test
    void chinese(FxRobot robot) throws Exception {
        lang = "zh";
        robot.clickOn("#chineseButton");
        waitUntil(() -> robot.lookup(n -> n instanceof Labeled l && "查找收據".equals(l.getText())).tryQuery().isPresent());
        walk(robot);
    }

    private void walk(FxRobot robot) throws Exception {
        pdfs();
        robot.type(KeyCode.F8);
        waitUntil(() -> shown(robot, "#dueTable"));
        TableView<NoticeService.Due> due = robot.lookup("#dueTable").query();
        waitUntil(() -> !due.getItems().isEmpty() && due.isFocused());
        check(stage.getScene(), "01-due");
        tabWalk(robot, stage.getScene(), "02-due-tab", 8);
        robot.type(KeyCode.F8);
        waitUntil(due::isFocused);

        // Tell the first "ready" customer, by keyboard.
        int row = 0;
        while (due.getItems().get(row).kind() != NoticeKind.READY) {
            row++;
        }
        for (int i = 0; i < row; i++) {
            robot.type(KeyCode.DOWN);
        }
        String told = due.getItems().get(row).ticket().ticketNo();
        long before = notices(told);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> shown(robot, "#tellCustomer"));
        Scene tell = robot.lookup("#tellCustomer").query().getScene();
        waitUntil(() -> robot.lookup("#whatsappQr").queryAs(ImageView.class).getImage() != null);
        check(tell, "03-tell");
        fitsTheScreen(tell.getWindow(), "Tell the customer");
        tabWalk(robot, tell, "04-tell-tab", 14);
        focus(robot, "#showSmsQr");
        robot.type(KeyCode.SPACE);
        waitUntil(() -> shown(robot, "#smsQr"));
        check(tell, "05-tell-sms");
        focus(robot, "#tellLanguage");
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot, "#tellCustomer")).as("Escape closes the list, not the dialog").isTrue();

        // The letter's preview, closed by Escape: the keyboard is back on "Tell the customer".
        focus(robot, "#tellLetter");
        robot.type(KeyCode.SPACE);
        waitUntil(() -> robot.lookup(".preview-page").tryQuery().isPresent());
        Scene preview = robot.lookup("#previewPages").query().getScene();
        WaitForAsyncUtils.waitForFxEvents();
        check(preview, "07-letter-preview");
        pageWhole(robot, "letter");
        fitsTheScreen(preview.getWindow(), "letter preview");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !preview.getWindow().isShowing());
        focus(robot, "#sent-SMS");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#sent-SMS").queryAs(RadioButton.class).isSelected())
                .as("after the preview, the keys reach the dialog it was opened from").isTrue();
        check(tell, "08-tell-sent-by");
        // Enter on the choice made records it, as OK would.
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !shown(robot, "#tellCustomer"));
        waitUntil(() -> notices(told) == before + 1);
        log("after tell: focus " + describe(stage.getScene().getFocusOwner()));

        // The uncollected tab by keyboard: the list takes the keys at once.
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        TableView<NoticeService.Uncollected> table = robot.lookup("#uncollectedTable").query();
        waitUntil(() -> table.isFocused() && table.getSelectionModel().getSelectedItem() != null);
        check(stage.getScene(), "10-uncollected");
        datesWhole(robot);
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        waitUntil(() -> robot.lookup("#tabs").query().isFocused());
        check(stage.getScene(), "11-uncollected-tab-headers");
        robot.type(KeyCode.TAB);
        waitUntil(table::isFocused);

        // Notice of intention to sell: the address typed over two lines, then Tab on to the letter.
        pick(table, DisposalTimeline.Stage.INTENTION_DUE);
        check(stage.getScene(), "12-uncollected-intention-due");
        robot.type(KeyCode.TAB);
        waitUntil(() -> robot.lookup("#intentionButton").query().isFocused());
        robot.type(KeyCode.SPACE);
        waitUntil(() -> shown(robot, "#intentionText"));
        Scene intention = robot.lookup("#intentionText").query().getScene();
        WaitForAsyncUtils.waitForFxEvents();
        check(intention, "13-intention");
        fitsTheScreen(intention.getWindow(), "notice of intention");
        robot.targetWindow(intention.getWindow());
        robot.write("Flat 3A, 12 Nathan Road");
        robot.type(KeyCode.ENTER);
        robot.write("Tsim Sha Tsui, Kowloon");
        robot.type(KeyCode.TAB);
        waitUntil(() -> robot.lookup("#intentionPrint").query().isFocused());
        assertThat(robot.lookup("#intentionAddress").queryAs(TextArea.class).getText()).doesNotContain("\t");
        robot.type(KeyCode.TAB);
        waitUntil(() -> robot.lookup("#intentionReference").query().isFocused());
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).type(KeyCode.TAB).release(KeyCode.SHIFT);
        waitUntil(() -> robot.lookup("#intentionAddress").query().isFocused());
        check(intention, "14-intention-back");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !shown(robot, "#intentionText"));

        // A dispute, its settlement and a disposal: Tab from the words to the buttons.
        pick(table, DisposalTimeline.Stage.WAITING);
        note(robot, "#disputeButton", "15-dispute", true);
        pick(table, DisposalTimeline.Stage.DISPUTED);
        note(robot, "#settleButton", "17-settle", false);
        signIn(DemoShop.manager());
        pick(table, DisposalTimeline.Stage.DISPOSAL_ALLOWED);
        note(robot, "#disposeButton", "18-dispose", false);

        // Messages and reminders.
        focus(robot, "#settingsButton");
        robot.type(KeyCode.SPACE);
        waitUntil(() -> shown(robot, "#settingsWording"));
        Scene settings = robot.lookup("#settingsWording").query().getScene();
        check(settings, "19-settings");
        fitsTheScreen(settings.getWindow(), "messages and reminders");
        tabWalk(robot, settings, "20-settings-tab", 5);
        assertThat(robot.lookup("#settingsWording").query().isFocused()).isFalse();
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !shown(robot, "#settingsWording"));

        // The shop's A4 notice.
        focus(robot, "#shopNoticeButton");
        robot.type(KeyCode.SPACE);
        waitUntil(() -> robot.lookup(".preview-page").tryQuery().isPresent());
        Scene notice = robot.lookup("#previewPages").query().getScene();
        WaitForAsyncUtils.waitForFxEvents();
        check(notice, "21-shop-notice-preview");
        pageWhole(robot, "shop notice");
        fitsTheScreen(notice.getWindow(), "shop notice preview");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !notice.getWindow().isShowing());

        // Repair tickets (F4): "Tell the customer…" on a ticket ready, in view once focused.
        robot.type(KeyCode.F4);
        waitUntil(() -> shown(robot, "#ticketSearchField"));
        String ready = counter.services.notices().toTell(Optional.of("TST")).stream()
                .filter(d -> d.kind() == NoticeKind.READY).findFirst().orElseThrow().ticket().ticketNo();
        robot.targetWindow(stage);
        robot.write(ready);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> shown(robot, "#action-TELL"));
        check(stage.getScene(), "22-ticket");
        focus(robot, "#action-TELL");
        Node tellButton = robot.lookup("#action-TELL").query();
        ScrollPane detail = robot.lookup("#detailScroll").queryAs(ScrollPane.class);
        waitUntil(() -> inView(tellButton, detail));
        check(stage.getScene(), "23-ticket-tell-focused");
        robot.type(KeyCode.SPACE);
        waitUntil(() -> shown(robot, "#tellCustomer"));
        waitUntil(() -> robot.lookup("#whatsappQr").queryAs(ImageView.class).getImage() != null);
        check(robot.lookup("#tellCustomer").query().getScene(), "24-ticket-tell");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !shown(robot, "#tellCustomer"));

        // Claim intake (F3): the customer's language, after the phone.
        robot.type(KeyCode.F3);
        waitUntil(() -> shown(robot, "#walkInButton"));
        focus(robot, "#walkInButton");
        robot.type(KeyCode.SPACE);
        waitUntil(() -> shown(robot, "#customerLanguageBox"));
        focus(robot, "#customerNameField");
        robot.write("陳大文");
        robot.type(KeyCode.TAB).type(KeyCode.TAB);
        waitUntil(() -> robot.lookup("#customerLanguageBox").query().isFocused());
        check(stage.getScene(), "25-claim");
        assertThat(robot.lookup("#customerLanguageBox").queryAs(javafx.scene.control.ComboBox.class).getValue())
                .as("a Chinese name: messages in Chinese").isEqualTo(Bundles.CHINESE);
        assertThat(problems).isEmpty();
    }

    /** A note dialog from its button: words typed, Tab reaches the buttons, Escape leaves it. */
    private void note(FxRobot robot, String button, String name, boolean hasChoice) throws Exception {
        focus(robot, button);
        robot.type(KeyCode.SPACE);
        waitUntil(() -> shown(robot, "#noteText"));
        Scene note = robot.lookup("#noteText").query().getScene();
        WaitForAsyncUtils.waitForFxEvents();
        check(note, name);
        fitsTheScreen(note.getWindow(), name);
        if (hasChoice) {
            robot.type(KeyCode.TAB);
            waitUntil(() -> robot.lookup("#noteText").query().isFocused());
        }
        robot.targetWindow(note.getWindow());
        robot.write("Says so");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(note.getFocusOwner()).as(name + ": Tab leaves the note").isInstanceOf(Button.class);
        assertThat(robot.lookup("#noteText").queryAs(TextArea.class).getText()).isEqualTo("Says so");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !shown(robot, "#noteText"));
    }

    private long notices(String ticketNo) {
        return counter.services.tickets().events(ticketNo).stream().filter(e -> e.notice().isPresent()).count();
    }

    /** A control focused in a scroll pane is inside what the pane shows. */
    private static boolean inView(Node node, ScrollPane pane) {
        javafx.geometry.Bounds b = node.localToScene(node.getBoundsInLocal());
        javafx.geometry.Bounds v = pane.localToScene(pane.getBoundsInLocal());
        return b.getMinY() >= v.getMinY() && b.getMaxY() <= v.getMaxY();
    }

    /** The page of a preview is seen across its whole width, no sideways scrolling. */
    private void pageWhole(FxRobot robot, String what) {
        Node page = robot.lookup(".preview-page").query();
        Node n = robot.lookup("#previewPages").query();
        while (!(n instanceof ScrollPane)) {
            n = n.getParent();
        }
        ScrollPane scroll = (ScrollPane) n;
        double pageWidth = page.getBoundsInParent().getWidth();
        if (pageWidth > scroll.getViewportBounds().getWidth() + 0.5) {
            problems.add(what + ": page " + pageWidth + " px wide in a preview " + scroll.getViewportBounds().getWidth());
        }
    }

    /** Dates in the uncollected list stay on one line each (a Chinese date may otherwise break anywhere). */
    private void datesWhole(FxRobot robot) {
        for (Node n : robot.lookup(".table-cell").queryAll()) {
            if (n instanceof javafx.scene.control.TableCell<?, ?> cell && cell.getTableColumn() != null
                    && "unReadyColumn".equals(cell.getTableColumn().getId()) && cell.getText() != null
                    && n.lookup(".text") instanceof Text text) {
                Text one = new Text("0");
                one.setFont(text.getFont());
                long lines = Math.round(text.getLayoutBounds().getHeight() / one.getLayoutBounds().getHeight());
                long wanted = cell.getText().lines().count();
                if (lines > wanted) {
                    problems.add("ready since '" + cell.getText() + "' on " + lines + " lines");
                }
            }
        }
    }

    /** Looks at a window: a picture of it, and no words cut to "…" that were not written so. */
    private void check(Scene scene, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        shot(scene, name);
        WaitForAsyncUtils.asyncFx(() -> {
            for (Node n : scene.getRoot().lookupAll(".text")) {
                if (n instanceof Text shown && shown.getParent() instanceof Labeled label && visible(label)
                        && label.getText() != null && !label.getText().equals(shown.getText())
                        && (shown.getText().endsWith(label.getEllipsisString()) || shown.getText().endsWith("…"))) {
                    problems.add(name + ": '" + label.getText() + "' shows as '" + shown.getText() + "'");
                }
            }
        }).get();
    }

    private static boolean visible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void fitsTheScreen(Window w, String what) {
        log(what + " window " + w.getX() + "," + w.getY() + " " + w.getWidth() + "x" + w.getHeight());
        if (w.getHeight() > h || w.getWidth() > this.w) {
            problems.add(what + " is " + w.getWidth() + "x" + w.getHeight() + " on a " + size + " screen");
        }
    }

    private void pick(TableView<NoticeService.Uncollected> table, DisposalTimeline.Stage s) throws Exception {
        waitUntil(() -> table.getItems().stream().anyMatch(u -> u.timeline().stage() == s));
        NoticeService.Uncollected u = table.getItems().stream().filter(x -> x.timeline().stage() == s).findFirst()
                .orElseThrow();
        Platform.runLater(() -> {
            table.requestFocus();
            table.getSelectionModel().select(u);
            table.getFocusModel().focus(table.getSelectionModel().getSelectedIndex());
            table.scrollTo(u);
        });
        waitUntil(() -> table.getSelectionModel().getSelectedItem() == u && table.isFocused());
    }

    private void focus(FxRobot robot, String query) throws Exception {
        Node node = robot.lookup(query).query();
        Platform.runLater(node::requestFocus);
        waitUntil(node::isFocused);
    }

    private void tabWalk(FxRobot robot, Scene scene, String name, int steps) throws Exception {
        log(name + " start: " + describe(scene.getFocusOwner()));
        for (int i = 1; i <= steps; i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            log(name + " " + i + ": " + describe(scene.getFocusOwner()));
            shot(scene, name + "-" + i);
        }
    }

    private static String describe(Node n) {
        if (n == null) {
            return "(none)";
        }
        String text = n instanceof Labeled l ? " '" + l.getText() + "'" : "";
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId()) + text;
    }

    private void log(String line) {
        log.add(line);
    }

    private void shot(Scene scene, String name) throws Exception {
        Shots.take(scene, "walk-" + size + "-" + lang + "-" + name);
    }

    private static String subject(Locale l, NoticeKind kind, String ticketNo) {
        return java.text.MessageFormat.format(Bundles.of(l).getString("letter.subject." + kind.name()), ticketNo);
    }

    /** The letters and the shop notice as PDFs, for pdftoppm and zbarimg. */
    private void pdfs() throws Exception {
        String folder = System.getenv("CAREDESK_SHOTS");
        if (folder == null || folder.isBlank()) {
            return;
        }
        Path dir = Files.createDirectories(Path.of(folder));
        NoticePrintService printing = counter.services.noticePrinting();
        Files.write(dir.resolve("shop-notice.pdf"), printing.shopNotice());
        NoticeService notices = counter.services.notices();
        for (Locale l : Bundles.LOCALES) {
            NoticeService.Due d = notices.toTell(Optional.of("TST")).stream().filter(x -> x.kind() == NoticeKind.READY)
                    .findFirst().orElseThrow();
            var n = notices.compose(d.ticket().ticketNo(), NoticeKind.READY, Optional.of(l));
            Files.write(dir.resolve("letter-ready-" + l.getLanguage() + ".pdf"), printing.letter(
                    new NoticePrintService.Letter(l, LocalDate.of(2026, 11, 27), List.of(d.ticket().customerName(),
                            "Flat 3A, 12 Nathan Road", "Tsim Sha Tsui"), subject(l, NoticeKind.READY, d.ticket().ticketNo()), n.text(),
                            d.ticket().ticketNo(), false), Paper.A4));
            String intentionTicket = notices.uncollected().stream().filter(u -> u.timeline().stage()
                    == DisposalTimeline.Stage.INTENTION_DUE).findFirst().orElseThrow().ticketNo();
            var i = notices.compose(intentionTicket, NoticeKind.INTENTION_TO_SELL, Optional.of(l));
            Files.write(dir.resolve("letter-intention-" + l.getLanguage() + ".pdf"), printing.letter(
                    new NoticePrintService.Letter(l, LocalDate.of(2026, 11, 27), List.of("陳大文",
                            "香港九龍尖沙咀彌敦道12號3樓A室"), subject(l, NoticeKind.INTENTION_TO_SELL, intentionTicket), i.text(), intentionTicket, true),
                    Paper.A4));
        }
    }
}
