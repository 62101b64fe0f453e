package com.alluressories.caredesk.receipt;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Hong Kong phone numbers: 8 digits, written any common way on input ({@code 9123 4567},
 * {@code 9123-4567}, {@code +852 9123 4567}, {@code (852) 91234567}), stored as the 8 digits alone.
 */
public final class PhoneNumber {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.()]");
    private static final Pattern EIGHT_DIGITS = Pattern.compile("\\d{8}");

    private PhoneNumber() {
    }

    /** The normal form (8 digits), or empty when the text is not a Hong Kong phone number. */
    public static Optional<String> normalize(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (plainEightDigits(text)) {
            return Optional.of(text); // the usual form, as it is
        }
        String compact = SEPARATORS.matcher(text.strip()).replaceAll("");
        if (compact.startsWith("+852")) {
            compact = compact.substring(4);
        } else if (compact.startsWith("00852")) {
            compact = compact.substring(5);
        } else if (compact.length() == 11 && compact.startsWith("852")) {
            compact = compact.substring(3);
        }
        return EIGHT_DIGITS.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }

    /** Eight ASCII digits and nothing else: already normal (what {@link #normalize} would give). */
    private static boolean plainEightDigits(String text) {
        if (text.length() != 8) {
            return false;
        }
        for (int i = 0; i < 8; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@code 9123 4567}, as staff read a number aloud. */
    public static String display(String normal) {
        return normal.length() == 8 ? normal.substring(0, 4) + " " + normal.substring(4) : normal;
    }

    /** {@code •••• 4567}: what a printed ticket or a shared screen shows. */
    public static String masked(String normal) {
        return normal.length() == 8 ? "•••• " + normal.substring(4) : normal;
    }
}
