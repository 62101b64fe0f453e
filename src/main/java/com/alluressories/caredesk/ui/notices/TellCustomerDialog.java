package com.alluressories.caredesk.ui.notices;

import com.alluressories.caredesk.notice.Notice;
import com.alluressories.caredesk.notice.NoticeKind;
import com.alluressories.caredesk.notice.NoticeWay;
import com.alluressories.caredesk.ui.Converters;
import com.alluressories.caredesk.ui.ErrorWords;
import com.alluressories.caredesk.ui.FormDialog;
import com.alluressories.caredesk.ui.I18n;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The message for one ticket and every way to send it from a PC with no network: QR codes of a
 * WhatsApp and an SMS link for the shop phone to scan, the text copied, a printed letter. OK
 * records how it was sent; Cancel records nothing.
 */
public final class TellCustomerDialog implements FormDialog {
    static final int QR_SIZE = 300;

    private final TellCustomerForm form;
    private final I18n i18n;
    private final VBox content;
    private final ComboBox<NoticeKind> kindBox = new ComboBox<>();
    private final ComboBox<Locale> languageBox = new ComboBox<>();
    private final TextArea message = new TextArea();
    private final ImageView whatsappQr = new ImageView();
    private final ImageView smsQr = new ImageView();
    private final Label linkProblem = new Label();
    private final Label problem = new Label();
    private final ToggleGroup ways = new ToggleGroup();
    private final javafx.beans.property.BooleanProperty ready = new javafx.beans.property.SimpleBooleanProperty();

    /** @param printLetter opens the letter's preview for the message shown */
    public TellCustomerDialog(TellCustomerForm form, I18n i18n, Consumer<Notice> printLetter) {
        this.form = form;
        this.i18n = i18n;
        kindBox.setId("tellKind");
        kindBox.getItems().setAll(form.kinds());
        kindBox.setConverter(Converters.showing(k -> i18n.get("notices.kind." + k.name())));
        kindBox.valueProperty().bindBidirectional(form.kindProperty());
        kindBox.setDisable(form.kinds().size() == 1);
        languageBox.setId("tellLanguage");
        languageBox.getItems().setAll(form.languages());
        languageBox.setConverter(Converters.showing(l -> i18n.get("notices.language." + l.getLanguage())));
        languageBox.valueProperty().bindBidirectional(form.languageProperty());
        Label kindLabel = new Label(i18n.get("notices.tell.message"));
        Label languageLabel = new Label(i18n.get("notices.tell.language"));
        kindLabel.setLabelFor(kindBox);
        languageLabel.setLabelFor(languageBox);
        FlowPane choices = new FlowPane(10, 8, kindLabel, kindBox, languageLabel, languageBox);
        choices.setAlignment(Pos.CENTER_LEFT);

        message.setId("tellText");
        message.setEditable(false);
        message.setWrapText(true);
        message.setPrefRowCount(12);
        message.setPrefWidth(380);
        message.setMinWidth(300);

        whatsappQr.setId("whatsappQr");
        smsQr.setId("smsQr");
        // One code at a time, large enough for a phone to read a long message off the screen.
        javafx.scene.control.ToggleButton showWhatsapp = new javafx.scene.control.ToggleButton("WhatsApp");
        javafx.scene.control.ToggleButton showSms = new javafx.scene.control.ToggleButton(i18n.get("notices.way.SMS"));
        showWhatsapp.setId("showWhatsappQr");
        showSms.setId("showSmsQr");
        ToggleGroup codes = new ToggleGroup();
        showWhatsapp.setToggleGroup(codes);
        showSms.setToggleGroup(codes);
        showWhatsapp.setSelected(true);
        codes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one of the two is always shown
            }
        });
        javafx.scene.layout.StackPane code = new javafx.scene.layout.StackPane(whatsappQr, smsQr);
        code.setMinSize(QR_SIZE, QR_SIZE);
        code.setPrefSize(QR_SIZE, QR_SIZE);
        whatsappQr.visibleProperty().bind(showWhatsapp.selectedProperty());
        smsQr.visibleProperty().bind(showSms.selectedProperty());
        for (ImageView view : List.of(whatsappQr, smsQr)) {
            view.setFitWidth(QR_SIZE);
            view.setFitHeight(QR_SIZE);
            view.setPreserveRatio(true);
            view.setSmooth(false);
        }
        Label scan = new Label(i18n.get("notices.tell.scan"));
        scan.setWrapText(true);
        scan.setMaxWidth(QR_SIZE);
        // Wrapped words keep all their lines: a dialog that grows by a pixel (a focus ring) takes it
        // from the message box, never cuts a line to "…".
        scan.setMinHeight(Region.USE_PREF_SIZE);
        HBox which = new HBox(6, showWhatsapp, showSms);
        which.setAlignment(Pos.CENTER);
        VBox qrColumn = new VBox(6, which, code, scan);
        qrColumn.setAlignment(Pos.TOP_CENTER);
        linkProblem.setWrapText(true);
        linkProblem.setMaxWidth(QR_SIZE);
        linkProblem.setMinHeight(Region.USE_PREF_SIZE);
        linkProblem.getStyleClass().add("field-error");
        linkProblem.managedProperty().bind(linkProblem.textProperty().isNotEmpty());
        qrColumn.getChildren().add(linkProblem);
        Button copy = new Button(i18n.get("notices.tell.copy"));
        copy.setId("tellCopy");
        Button letter = new Button(i18n.get("notices.tell.letter"));
        letter.setId("tellLetter");
        FlowPane side = new FlowPane(10, 8, copy, letter);
        VBox textColumn = new VBox(8, message, problem, side);
        VBox.setVgrow(message, javafx.scene.layout.Priority.ALWAYS);
        HBox.setHgrow(textColumn, javafx.scene.layout.Priority.ALWAYS);
        HBox links = new HBox(16, textColumn, qrColumn);
        links.setAlignment(Pos.TOP_LEFT);

        RadioButton byWhatsapp = way(NoticeWay.WHATSAPP);
        RadioButton bySms = way(NoticeWay.SMS);
        RadioButton byCopy = way(NoticeWay.CLIPBOARD);
        RadioButton byLetter = way(NoticeWay.LETTER);
        Label sentLabel = new Label(i18n.get("notices.tell.sentBy"));
        sentLabel.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane sent = new FlowPane(14, 6, sentLabel, byWhatsapp, bySms, byCopy, byLetter);
        sent.setAlignment(Pos.CENTER_LEFT);
        ways.selectedToggleProperty().addListener((obs, old, now) ->
                form.wayProperty().set(now == null ? null : (NoticeWay) now.getUserData()));
        copy.setOnAction(e -> {
            Notice n = form.noticeProperty().get();
            if (n != null) {
                ClipboardContent text = new ClipboardContent();
                text.putString(n.text());
                Clipboard.getSystemClipboard().setContent(text);
                byCopy.setSelected(true);
            }
        });
        letter.setOnAction(e -> {
            Notice n = form.noticeProperty().get();
            if (n != null) {
                printLetter.accept(n);
                byLetter.setSelected(true);
            }
        });
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.getStyleClass().add("field-error");
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        Label hint = new Label(i18n.get("notices.tell.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("muted");
        content = new VBox(10, choices, links, hint, sent);
        content.setId("tellCustomer");
        content.setPrefWidth(720);
        copy.disableProperty().bind(form.noticeProperty().isNull());
        letter.disableProperty().bind(form.noticeProperty().isNull());
        ready.bind(Bindings.createBooleanBinding(form::canConfirm, form.noticeProperty(), form.wayProperty()));
        form.noticeProperty().addListener((obs, old, now) -> show(now));
        form.problemProperty().addListener((obs, old, now) -> problem.setText(now == null ? ""
                : ErrorWords.of(i18n, now)));
        show(form.noticeProperty().get());
    }

    private RadioButton way(NoticeWay way) {
        RadioButton button = new RadioButton(i18n.get("notices.way." + way.name()));
        button.setId("sent-" + way.name());
        button.setUserData(way);
        button.setToggleGroup(ways);
        return button;
    }

    private void show(Notice n) {
        message.setText(n == null ? "" : n.text());
        whatsappQr.setImage(null);
        smsQr.setImage(null);
        linkProblem.setText("");
        if (n == null) {
            return;
        }
        try {
            whatsappQr.setImage(QrCodes.of(n.whatsappLink(), QR_SIZE));
            smsQr.setImage(QrCodes.of(n.smsLink(), QR_SIZE));
        } catch (RuntimeException e) {
            linkProblem.setText(ErrorWords.of(i18n, e)); // a phone that is not 8 Hong Kong digits: copy or letter still work
        }
    }

    @Override
    public String title() {
        return i18n.get("notices.tell.title", form.ticketNo());
    }

    @Override
    public Node content() {
        return content;
    }

    @Override
    public String okText() {
        return i18n.get("notices.tell.record");
    }

    @Override
    public String cancelText() {
        return i18n.get("notices.tell.notSent");
    }

    @Override
    public Node firstField() {
        return form.kinds().size() > 1 ? kindBox : languageBox;
    }

    @Override
    public ObservableBooleanValue okAllowed() {
        return ready;
    }

    @Override
    public boolean accept() {
        return form.canConfirm();
    }
}
