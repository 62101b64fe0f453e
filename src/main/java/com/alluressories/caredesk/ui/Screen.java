package com.alluressories.caredesk.ui;

import javafx.scene.input.KeyCode;

/** The counter screens, in navigation order, each with its function-key shortcut. */
public enum Screen {
    LOOKUP(KeyCode.F2, "nav.lookup", "fth-search"),
    CLAIM(KeyCode.F3, "nav.claim", "fth-clipboard"),
    TICKETS(KeyCode.F4, "nav.tickets", "fth-tag"),
    /** Managers only: staff, PINs, the idle lock. */
    STAFF(KeyCode.F5, "nav.staff", "fth-users"),
    /** Managers only: the audit trail, its check and export. */
    AUDIT(KeyCode.F6, "nav.audit", "fth-shield"),
    /** Managers only: what to chase today and how the warranty works in practice. */
    REPORTS(KeyCode.F7, "nav.reports", "fth-bar-chart-2"),
    /** Customers due a message today, and pieces never collected (Cap. 294). */
    NOTICES(KeyCode.F8, "nav.notices", "fth-bell"),
    /** Managers only: how long customers' data is kept, a customer's request for it, corrections (PDPO). */
    PRIVACY(KeyCode.F9, "nav.privacy", "fth-lock"),
    /** Where the pieces are; dispatches sent and received by scanning; pieces missing. The workshop's own screen there. */
    CUSTODY(KeyCode.F10, "nav.custody", "fth-truck");

    private final KeyCode shortcut;
    private final String labelKey;
    private final String icon;

    Screen(KeyCode shortcut, String labelKey, String icon) {
        this.shortcut = shortcut;
        this.labelKey = labelKey;
        this.icon = icon;
    }

    public KeyCode shortcut() {
        return shortcut;
    }

    public String labelKey() {
        return labelKey;
    }

    public String icon() {
        return icon;
    }
}
