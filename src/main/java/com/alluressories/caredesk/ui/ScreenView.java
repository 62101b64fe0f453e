package com.alluressories.caredesk.ui;

import javafx.scene.Parent;

/** A counter screen as the shell hosts it. */
public interface ScreenView {
    Parent root();

    /** Puts the keyboard focus where the next keystroke (or scan) belongs. */
    void focusMainField();

    /** Detaches from the long-lived view model before this view is replaced (a language switch). */
    void dispose();
}
