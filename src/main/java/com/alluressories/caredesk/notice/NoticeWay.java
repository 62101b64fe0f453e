package com.alluressories.caredesk.notice;

/** How a message reached the customer: from the shop phone, copied into another app, or on paper. */
public enum NoticeWay {
    WHATSAPP, SMS, CLIPBOARD, LETTER
}
