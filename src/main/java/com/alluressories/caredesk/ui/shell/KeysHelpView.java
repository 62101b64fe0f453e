package com.alluressories.caredesk.ui.shell;

import com.alluressories.caredesk.ui.I18n;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * F1: every key of the counter, two columns (the key and what it does), in a dialog that does not
 * block; under them "About CareDesk…" ({@code #aboutButton}).
 */
final class KeysHelpView {
    private final GridPane keys = new GridPane();

    KeysHelpView(I18n i18n) {
        keys.setHgap(18);
        keys.setVgap(6);
        keys.setId("helpKeys");
        List<KeysHelp.Line> lines = KeysHelp.lines(i18n.get("help.keys"));
        for (int row = 0; row < lines.size(); row++) {
            Label key = new Label(lines.get(row).key());
            key.getStyleClass().add("shortcut-hint");
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label what = new Label(lines.get(row).what());
            what.setWrapText(true);
            what.setMaxWidth(560);
            keys.addRow(row, key, what);
        }
    }

    /** Shows the keys over the window, with the window's style sheets. */
    static void show(Window owner, I18n i18n, List<String> stylesheets) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("help.title"));
        dialog.setHeaderText(i18n.get("help.title"));
        dialog.getDialogPane().getStylesheets().addAll(stylesheets);
        Button about = new Button(i18n.get("help.about"));
        about.setId("aboutButton");
        about.setOnAction(e -> AboutView.show(dialog.getDialogPane().getScene().getWindow(), i18n, stylesheets));
        dialog.getDialogPane().setContent(new VBox(14, new KeysHelpView(i18n).keys, about));
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(i18n.get("preview.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.show();
    }
}
