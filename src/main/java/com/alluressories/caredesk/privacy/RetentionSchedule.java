package com.alluressories.caredesk.privacy;

/**
 * How long CareDesk keeps a customer's name and phone (DPP2: no longer than the purpose needs).
 *
 * @param receiptMonths months a receipt's customer is kept after the longest warranty the
 *                      receipt can carry has ended (a claim may come just after it ends, and the
 *                      receipt is how staff find the sale)
 * @param closedMonths  months a claim's and its ticket's customer is kept after the piece was
 *                      collected or disposed of (a complaint about the repair, the charge or the
 *                      disposal comes within that time)
 */
public record RetentionSchedule(int receiptMonths, int closedMonths) {
    public static final RetentionSchedule DEFAULT = new RetentionSchedule(12, 24);
    /** A manager sets each within these months: never shorter than the defaults, never longer than 7 years. */
    public static final int MIN_RECEIPT_MONTHS = 12;
    public static final int MIN_CLOSED_MONTHS = 24;
    public static final int MAX_MONTHS = 84;

    public RetentionSchedule {
        if (receiptMonths < MIN_RECEIPT_MONTHS || receiptMonths > MAX_MONTHS) {
            throw new PrivacyException("privacy.schedule.receipts", MIN_RECEIPT_MONTHS, MAX_MONTHS, receiptMonths);
        }
        if (closedMonths < MIN_CLOSED_MONTHS || closedMonths > MAX_MONTHS) {
            throw new PrivacyException("privacy.schedule.closed", MIN_CLOSED_MONTHS, MAX_MONTHS, closedMonths);
        }
    }
}
