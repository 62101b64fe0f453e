package com.alluressories.caredesk.print;

/** The documents a ticket prints. */
public enum DocumentKind {
    /** The customer's copy: proof the shop holds the piece, with the decision and the terms. */
    CUSTOMER,
    /** The tag that travels with the piece in its bag. */
    TAG,
    /** The slip the customer signs when collecting. */
    COLLECTION
}
