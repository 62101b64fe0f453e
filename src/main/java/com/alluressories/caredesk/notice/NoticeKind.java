package com.alluressories.caredesk.notice;

/** What a customer is told: the quote to answer, the piece ready to collect, a reminder to collect it. */
public enum NoticeKind {
    QUOTE, READY, REMINDER
}
