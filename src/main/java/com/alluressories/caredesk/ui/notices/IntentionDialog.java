package com.alluressories.caredesk.ui.notices;

import com.alluressories.caredesk.notice.Notice;
import com.alluressories.caredesk.notice.NoticeService;
import com.alluressories.caredesk.ui.Converters;
import com.alluressories.caredesk.ui.FormDialog;
import com.alluressories.caredesk.ui.I18n;
import com.alluressories.caredesk.ui.Keyboard;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Cap. 294's notice of intention to sell: the letter in the customer's language, printed with the
 * postal address typed here, sent by registered post; OK records it with the posting reference
 * from the certificate of posting, dated today (the 14 days start from it).
 */
final class IntentionDialog implements FormDialog {
    private final I18n i18n;
    private final String ticketNo;
    private final VBox content;
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private final TextArea address = new TextArea();
    private final TextField reference = new TextField();
    private final ComboBox<Locale> language = new ComboBox<>();
    private final ObservableBooleanValue ok;

    /**
     * @param compose composes the letter in a language (empty: the customer's) and hands it back
     * @param print opens the letter's preview with the address lines
     */
    IntentionDialog(I18n i18n, String ticketNo, BiConsumer<Optional<Locale>, java.util.function.Consumer<Notice>> compose,
                    BiConsumer<Notice, List<String>> print) {
        this.i18n = i18n;
        this.ticketNo = ticketNo;
        Label intro = new Label(i18n.get("notices.intention.intro"));
        intro.setWrapText(true);
        intro.setMaxWidth(600);
        TextArea text = new TextArea();
        text.setId("intentionText");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(7);
        language.setId("intentionLanguage");
        language.getItems().setAll(com.alluressories.caredesk.text.Bundles.LOCALES);
        language.setConverter(Converters.showing(l -> i18n.get("notices.language." + l.getLanguage())));
        Label languageLabel = new Label(i18n.get("notices.tell.language"));
        languageLabel.setLabelFor(language);
        notice.addListener((obs, old, now) -> {
            text.setText(now == null ? "" : now.text());
            if (now != null && language.getValue() == null) {
                language.setValue(now.language());
            }
        });
        language.valueProperty().addListener((obs, old, now) -> {
            if (now != null && (notice.get() == null || !now.equals(notice.get().language()))) {
                compose.accept(Optional.of(now), notice::set);
            }
        });
        compose.accept(Optional.empty(), notice::set);
        Label addressLabel = new Label(i18n.get("notices.intention.address"));
        addressLabel.setLabelFor(address);
        address.setId("intentionAddress");
        address.setPrefRowCount(3);
        Keyboard.tabMovesOn(address);
        Button printButton = new Button(i18n.get("notices.intention.print"));
        printButton.setId("intentionPrint");
        printButton.disableProperty().bind(notice.isNull());
        printButton.setOnAction(e -> print.accept(notice.get(), lines()));
        Label referenceLabel = new Label(i18n.get("notices.intention.reference"));
        referenceLabel.setLabelFor(reference);
        reference.setId("intentionReference");
        reference.setPromptText(i18n.get("notices.intention.reference.prompt"));
        reference.setPrefColumnCount(18);
        FlowPane languageRow = new FlowPane(10, 8, languageLabel, language);
        languageRow.setAlignment(Pos.CENTER_LEFT);
        FlowPane referenceRow = new FlowPane(10, 8, referenceLabel, reference);
        referenceRow.setAlignment(Pos.CENTER_LEFT);
        content = new VBox(8, intro, languageRow, text, addressLabel, address, printButton, referenceRow);
        content.setPrefWidth(620);
        ok = Bindings.createBooleanBinding(() -> notice.get() != null && !reference.getText().isBlank()
                && reference.getText().strip().length() <= NoticeService.MAX_POSTING_REF, notice, reference.textProperty());
    }

    private List<String> lines() {
        return Arrays.stream(address.getText().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    Notice notice() {
        return notice.get();
    }

    String reference() {
        return reference.getText().strip();
    }

    @Override
    public String title() {
        return i18n.get("notices.intention.title", ticketNo);
    }

    @Override
    public Node content() {
        return content;
    }

    @Override
    public String okText() {
        return i18n.get("notices.intention.record");
    }

    @Override
    public String cancelText() {
        return i18n.get("common.cancel");
    }

    @Override
    public Node firstField() {
        return address;
    }

    @Override
    public ObservableBooleanValue okAllowed() {
        return ok;
    }

    @Override
    public boolean accept() {
        return notice.get() != null && !reference().isEmpty();
    }
}
