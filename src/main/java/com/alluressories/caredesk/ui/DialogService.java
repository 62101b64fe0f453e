package com.alluressories.caredesk.ui;

/** Alerts, confirmations and modal forms, behind an interface so view models can be tested without a stage. */
public interface DialogService {
    void showError(String title, String message);

    void showInfo(String title, String message);

    boolean confirm(String title, String message);

    /** Shows the form until it is confirmed (true) or cancelled (false). */
    boolean showForm(FormDialog form);
}
