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
    /** A customer's data access request answered: counts and the deadline, never who asked. */
    ACCESS_REQUEST_RECEIVED,
    ACCESS_REQUEST_ANSWERED,
    /** A customer's name and phone corrected on their records: how many, and the reason. */
    CUSTOMER_CORRECTED
}
