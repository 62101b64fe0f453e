package com.alluressories.caredesk.text;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a Hong Kong Identity Card number in free text, so that none is ever kept: CareDesk never
 * asks for one, and a note that holds one is refused. A number is one or two letters, six digits
 * and a check digit (0–9 or A), as written on the card — {@code A123456(3)} — or run together, with
 * or without spaces. Only a number whose check digit is right counts, so a SKU or a receipt number
 * that merely looks alike is not refused.
 */
public final class HkidCheck {
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![A-Za-z0-9])([A-Za-z]{1,2})\\s?(\\d{6})\\s?[(（]?\\s?([0-9Aa])\\s?[)）]?(?![A-Za-z0-9])");

    private HkidCheck() {
    }

    /** The first HKID number in {@code text}, as found; empty when there is none. */
    public static Optional<String> find(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            if (valid(m.group(1), m.group(2), m.group(3))) {
                return Optional.of(m.group());
            }
        }
        return Optional.empty();
    }

    /** True when {@code text} holds an HKID number. */
    public static boolean holdsOne(String text) {
        return find(text).isPresent();
    }

    /**
     * The card's check: the letters (a space before a single one counting 36; A to Z 10 to 35)
     * and the six digits, weighted 9 down to 2, with the check digit (A for 10), add up to a
     * multiple of 11.
     */
    static boolean valid(String letters, String digits, String check) {
        String prefix = letters.toUpperCase(Locale.ROOT);
        int sum = prefix.length() == 1 ? 36 * 9 + value(prefix.charAt(0)) * 8
                : value(prefix.charAt(0)) * 9 + value(prefix.charAt(1)) * 8;
        for (int i = 0; i < 6; i++) {
            sum += (digits.charAt(i) - '0') * (7 - i);
        }
        char c = Character.toUpperCase(check.charAt(0));
        sum += c == 'A' ? 10 : c - '0';
        return sum % 11 == 0;
    }

    private static int value(char letter) {
        return letter - 'A' + 10;
    }
}
