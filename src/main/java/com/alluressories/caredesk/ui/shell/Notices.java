package com.alluressories.caredesk.ui.shell;

import javafx.scene.control.Label;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Outcomes told without stopping anyone's work: a note in the corner of the window that goes by
 * itself (a backup made, or one that failed), where a dialog would wait for a click.
 */
final class Notices {
    private static final Duration SHOWN = Duration.seconds(8);
    private static final double WIDTH = 360;

    private Notices() {
    }

    static void info(Window owner, String title, String text) {
        notice(owner, title, text).showInformation();
    }

    static void error(Window owner, String title, String text) {
        notice(owner, title, text).hideAfter(Duration.seconds(SHOWN.toSeconds() * 2)).showError();
    }

    /** The words wrap within a readable width, so a long reason never runs off the window's edge. */
    private static Notifications notice(Window owner, String title, String text) {
        Label words = new Label(text);
        words.setWrapText(true);
        words.setMaxWidth(WIDTH);
        words.setPrefWidth(WIDTH);
        words.getStyleClass().add("notice-text");
        return Notifications.create().owner(owner).title(title).graphic(words).hideAfter(SHOWN);
    }
}
