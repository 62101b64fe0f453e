package com.alluressories.caredesk.staff;

/** What an audit entry records. Stored by name: never rename one, only add. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    LOCKED_OUT,
    SCREEN_LOCKED,
    MANAGER_APPROVAL,
    MANAGER_APPROVAL_REFUSED,
    STAFF_ADDED,
    STAFF_DEACTIVATED,
    STAFF_REACTIVATED,
    PIN_RESET,
    SETTINGS_CHANGED,
    DEMO_LEFT,
    CLAIM_SAVED,
    VERDICT_OVERRIDDEN,
    TICKET_OPENED,
    TICKET_TRANSITION,
    PICKUP_OVERRIDDEN,
    TICKET_PRINTED,
    TICKET_REPRINTED,
    RECEIPTS_IMPORTED,
    RECEIPTS_IMPORT_REJECTED,
    BACKUP_MADE,
    STORE_RESTORED,
    AUDIT_EXPORTED,
    CHAIN_JOINED,
    NOTICE_GIVEN,
    DISPUTE_RECORDED,
    DISPUTE_SETTLED,
    /** The retention schedule applied (or counted, on a dry run): counts only, never who was removed. */
    PURGE_RUN,
    /** A customer's data access request kept open to answer later: its reference and dates, never who asked. */
    ACCESS_REQUEST_RECEIVED,
    /** A customer's data access request answered: counts and the deadline, never who asked. */
    ACCESS_REQUEST_ANSWERED,
    /** A customer's name and phone corrected on their records: how many, and the reason. */
    CUSTOMER_CORRECTED,
    /** The shop where the customer will collect their piece, chosen. */
    COLLECT_AT_CHOSEN,
    /** A dispatch started: from here, to where, which courier. */
    DISPATCH_OPENED,
    /** A piece's bag scanned into a dispatch: it is in transit. */
    PIECE_DISPATCHED,
    /** A piece put in a dispatch by mistake, taken back out before it left. */
    PIECE_TAKEN_OUT,
    /** A piece's bag scanned out of its dispatch at its destination. */
    PIECE_RECEIVED,
    /** A piece that was not in its dispatch when its destination finished receiving it. */
    PIECE_MISSING,
    /** A manager resolved a missing piece (the reason stays in the ticket's history). */
    MISSING_RESOLVED,
    MANIFEST_PRINTED,
    MANIFEST_REPRINTED
}
