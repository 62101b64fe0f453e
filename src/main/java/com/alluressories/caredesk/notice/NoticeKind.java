package com.alluressories.caredesk.notice;

/**
 * What a customer is told: the quote to answer, the piece ready to collect, a reminder to collect
 * it; and, for a piece left 12 months after the ready notice, Cap. 294's notice of the intention to
 * sell it (a letter by registered post).
 */
public enum NoticeKind {
    QUOTE, READY, REMINDER, INTENTION_TO_SELL
}
