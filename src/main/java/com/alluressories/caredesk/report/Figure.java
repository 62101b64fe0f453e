package com.alluressories.caredesk.report;

/**
 * One figure of a report, whose tickets a manager can open: what it counts ({@code kind}) and
 * which of them ({@code code}: a state, verdict, finding, clause, metal, stone, SKU, month
 * yyyy-MM, shop, manager, or {@code STATE:bucket} for an ageing bucket; empty where the kind
 * needs none), within one month ({@code month} yyyy-MM, or empty for the whole period).
 */
public record Figure(Kind kind, String code, String month) {
    public enum Kind {
        /** Every ticket opened. */
        OPENED,
        STATE,
        /** Past its promised day and not yet ready. */
        OVERDUE,
        VERDICT,
        /** Overridden by a manager; {@code code} the manager, or empty for every override. */
        OVERRIDDEN,
        FINDING,
        /** The claims a clause decided: its findings on the stones it applies to, or the sale. */
        CLAUSE,
        METAL,
        STONE,
        /** A SKU, or empty for pieces taken in without one. */
        PRODUCT,
        MONTH,
        SHOP,
        QUOTE_ACCEPTED,
        QUOTE_DECLINED,
        QUOTE_WAITING,
        /** Open in a state, by the days since their last step: {@code STATE:bucket} (0 to 4). */
        AGEING
    }

    public Figure {
        code = code == null ? "" : code;
        month = month == null ? "" : month;
    }

    public Figure(Kind kind, String code) {
        this(kind, code, "");
    }

    public static Figure of(Kind kind) {
        return new Figure(kind, "");
    }

    /** The same figure within one month (yyyy-MM). */
    public Figure in(String yearMonth) {
        return new Figure(kind, code, yearMonth);
    }
}
