package com.alluressories.caredesk.ui;

/** Alerts and confirmations, behind an interface so view models can be tested without a stage. */
public interface DialogService {
    void showError(String title, String message);

    void showInfo(String title, String message);

    boolean confirm(String title, String message);
}
