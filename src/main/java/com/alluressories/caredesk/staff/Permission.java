package com.alluressories.caredesk.staff;

/** The things only a manager may do (or approve on the spot). Counter work needs none of them. */
public enum Permission {
    /** The brand's final right of decision: another verdict than the policy's. */
    OVERRIDE_VERDICT,
    /** Hand a piece over although the last 4 digits of the phone do not match. */
    OVERRIDE_PICKUP,
    /** Add staff, deactivate them, reset a PIN. */
    EDIT_STAFF,
    /** The shop's profile, leaving the demo, the idle lock. */
    CHANGE_SETTINGS,
    /** Read and export the audit trail. */
    VIEW_AUDIT,
    /** Read and export the reports: turnaround, warranty against chargeable, money. */
    VIEW_REPORTS,
    /** Record that an uncollected piece was sold or disposed of under Cap. 294. */
    DISPOSE_UNCOLLECTED,
    /** Resolve a piece that did not arrive with its dispatch, with the reason. */
    RESOLVE_MISSING
}
