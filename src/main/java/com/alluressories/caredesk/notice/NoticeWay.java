package com.alluressories.caredesk.notice;

/**
 * How a message reached the customer: from the shop phone, copied into another app, on paper, or
 * by registered post (Cap. 294's notice of intention to sell, with its posting reference).
 */
public enum NoticeWay {
    WHATSAPP, SMS, CLIPBOARD, LETTER, REGISTERED_POST
}
