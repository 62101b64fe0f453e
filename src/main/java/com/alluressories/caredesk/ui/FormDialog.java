package com.alluressories.caredesk.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/**
 * A modal form as {@link DialogService#showForm} shows it: its title, its fields, the words on its
 * two buttons, and what its OK button does. The form's view builds it over a view model that holds
 * the values and says what is wrong with them.
 */
public interface FormDialog {
    String title();

    /** The fields, laid out. */
    Node content();

    String okText();

    String cancelText();

    /** The field that takes the keyboard when the form opens; null leaves it where JavaFX puts it. */
    Node firstField();

    /** While false, OK cannot be pressed (nothing to confirm yet). */
    ObservableBooleanValue okAllowed();

    /**
     * OK was pressed: true closes the form as confirmed; false keeps it open, having told staff
     * what is missing or wrong.
     */
    boolean accept();

    /** True for a form wider than the theme's 600-pixel dialog (a list of many columns): its content sets its width. */
    default boolean wide() {
        return false;
    }
}
