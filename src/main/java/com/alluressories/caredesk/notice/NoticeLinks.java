package com.alluressories.caredesk.notice;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Links a shop phone opens from a QR code: WhatsApp's click-to-chat ({@code https://wa.me/852…?text=…})
 * and an SMS ({@code sms:+852…?body=…}). The number is the customer's 8 Hong Kong digits after 852;
 * the text is percent-encoded as UTF-8 (a space as %20, so Chinese and line breaks arrive whole).
 */
public final class NoticeLinks {
    private NoticeLinks() {
    }

    public static String whatsapp(String phoneDigits, String text) {
        return "https://wa.me/852" + digits(phoneDigits) + "?text=" + encode(text);
    }

    public static String sms(String phoneDigits, String text) {
        return "sms:+852" + digits(phoneDigits) + "?body=" + encode(text);
    }

    private static String digits(String phone) {
        String digits = phone.replaceAll("\\D", "");
        if (digits.length() == 11 && digits.startsWith("852")) {
            digits = digits.substring(3);
        }
        if (digits.length() != 8) {
            throw new NoticeException("notice.badPhone", phone);
        }
        return digits;
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
