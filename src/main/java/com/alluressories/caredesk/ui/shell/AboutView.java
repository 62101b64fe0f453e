package com.alluressories.caredesk.ui.shell;

import com.alluressories.caredesk.ui.I18n;
import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "About CareDesk" (from the F1 keys): the name and version, that it is free software under the
 * GNU GPL v3 or later, and the third-party notices ({@code #aboutNotices}) and the licence
 * ({@code #aboutLicence}) as they travel in the jar, each in a text area to scroll and copy from.
 */
final class AboutView {
    private final VBox content;

    AboutView(I18n i18n) {
        Label name = new Label(AboutText.name());
        name.getStyleClass().add("app-title");
        Label version = new Label(i18n.get("about.version", AboutText.version()));
        version.setId("aboutVersion");
        Label licence = new Label(i18n.get("about.licence"));
        licence.setId("aboutLicenceLine");
        licence.setWrapText(true);
        TabPane texts = new TabPane(
                tab(i18n.get("about.notices"), "aboutNotices", AboutText.notices().orElse("")),
                tab(i18n.get("about.licenceText"), "aboutLicence", AboutText.licence().orElse("")));
        texts.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        texts.setPrefHeight(380);
        content = new VBox(8, name, version, licence, texts);
        content.setId("aboutCareDesk");
    }

    private static Tab tab(String title, String id, String text) {
        TextArea area = new TextArea(text);
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        return new Tab(title, area);
    }

    /** Shows the dialog over {@code owner}, with the window's style sheets; it does not block. */
    static void show(Window owner, I18n i18n, List<String> stylesheets) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("about.title"));
        dialog.setHeaderText(i18n.get("about.title"));
        dialog.getDialogPane().getStylesheets().addAll(stylesheets);
        dialog.getDialogPane().setContent(new AboutView(i18n).content);
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(i18n.get("preview.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setMinWidth(760); // most of the notices' lines whole, on a 1024-pixel screen too
        dialog.setResizable(true);
        dialog.show();
    }
}
