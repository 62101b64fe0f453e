package com.alluressories.caredesk.notice;

import java.util.Locale;

/** A message for one customer about one ticket, in their language, and the ways to send it from a phone. */
public record Notice(String ticketNo, NoticeKind kind, Locale language, String customerPhone, String text) {
    /** WhatsApp's click-to-chat link with the message, for the shop phone to scan. */
    public String whatsappLink() {
        return NoticeLinks.whatsapp(customerPhone, text);
    }

    /** An SMS link with the message. */
    public String smsLink() {
        return NoticeLinks.sms(customerPhone, text);
    }
}
