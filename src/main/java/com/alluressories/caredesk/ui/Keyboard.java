package com.alluressories.caredesk.ui;

import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Keys that behave the same on every screen and dialog. A closed combo box must not change its
 * value silently under an arrow key (staff reaching for the next field would change a filter or a
 * verdict without seeing it): Up and Down open the list instead, and so does Space.
 */
public final class Keyboard {
    private Keyboard() {
    }

    /** Installs the combo-box keys on everything under this scene. */
    public static void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, Keyboard::comboKeys);
    }

    /** Installs the combo-box keys on everything under this node (a dialog's content). */
    public static void install(Node node) {
        node.addEventFilter(KeyEvent.KEY_PRESSED, Keyboard::comboKeys);
    }

    /**
     * Tab (Shift+Tab) moves on from these text areas, as from every other field, instead of typing a
     * tab into the text: a form works from the keyboard, and no tab ends up on a letter or a note.
     */
    public static void tabMovesOn(javafx.scene.control.TextArea... areas) {
        for (javafx.scene.control.TextArea area : areas) {
            area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                    e.consume();
                    // Ctrl+Tab is a text area's own "next field"; plain Tab does the same here.
                    area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true,
                            false, false));
                }
            });
        }
    }

    private static void comboKeys(KeyEvent e) {
        ComboBox<?> box = comboBox(e.getTarget());
        if (box == null || box.isShowing() || box.isEditable() || e.isAltDown() || e.isControlDown()) {
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.UP || code == KeyCode.DOWN || code == KeyCode.SPACE) {
            e.consume();
            box.show();
        }
    }

    private static ComboBox<?> comboBox(EventTarget target) {
        Node node = target instanceof Node n ? n : null;
        while (node != null) {
            if (node instanceof ComboBox<?> box) {
                return box;
            }
            node = node.getParent();
        }
        return null;
    }
}
