package com.alluressories.caredesk.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

/**
 * An amount in Hong Kong dollars, held as whole cents: how prices, quotes and charges are stored
 * ({@code *_cents} columns), read from what people type or files carry, and written for people —
 * {@code HK$1,280.50} in both languages (Hong Kong writes money the same way in English and Chinese).
 */
public record Money(long cents) implements Comparable<Money> {
    public static final Money ZERO = new Money(0);
    /** An amount with at most two decimals; more decimals are refused, never rounded away. */
    public static Money of(BigDecimal amount) {
        return new Money(amount.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact());
    }

    public static Money ofCents(long cents) {
        return new Money(cents);
    }

    /**
     * What a person or a till export writes: {@code 1280}, {@code 1280.5}, {@code 1,280.50},
     * or {@code HK$1,280.50}; commas only between groups of three digits. Empty for anything else
     * (a sign, a third decimal, letters, a misplaced comma, more than 16 digits before the point).
     */
    public static Optional<Money> parse(String text) {
        long plain = plainCents(text);
        return plain >= 0 ? Optional.of(new Money(plain)) : parseAnyForm(text);
    }

    /** {@link #parse} without its quick path: every form it takes, the long way. */
    static Optional<Money> parseAnyForm(String text) {
        String t = text == null ? "" : text.strip();
        if (t.startsWith("HK$")) {
            t = t.substring(3).strip();
        }
        if (t.isEmpty()) {
            return Optional.empty();
        }
        int dot = t.indexOf('.');
        String whole = dot < 0 ? t : t.substring(0, dot);
        String fraction = dot < 0 ? "" : t.substring(dot + 1);
        if (whole.isEmpty() || fraction.length() > 2 || (dot >= 0 && fraction.isEmpty())
                || !fraction.chars().allMatch(ch -> ch >= '0' && ch <= '9') || !groupedDigits(whole)) {
            return Optional.empty();
        }
        String digits = whole.replace(",", "");
        if (digits.length() > 16) {
            return Optional.empty();
        }
        long cents = Long.parseLong(digits) * 100 + (fraction.isEmpty() ? 0 : Long.parseLong((fraction + "0").substring(0, 2)));
        return Optional.of(new Money(cents));
    }

    /**
     * The form exports mostly use, read at once: digits, then optionally a point and one or two digits
     * ({@code 1280}, {@code 1280.5}, {@code 1280.50}), at most 16 digits before the point; -1 for
     * anything else, which {@link #parse} then reads the long way (with the same answers).
     */
    private static long plainCents(String t) {
        if (t == null) {
            return -1;
        }
        int n = t.length();
        int dot = t.indexOf('.');
        int wholeLength = dot < 0 ? n : dot;
        int fractionLength = dot < 0 ? 0 : n - dot - 1;
        if (wholeLength == 0 || wholeLength > 16 || (dot >= 0 && (fractionLength == 0 || fractionLength > 2))) {
            return -1;
        }
        long whole = 0;
        for (int i = 0; i < wholeLength; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            whole = whole * 10 + (c - '0');
        }
        long cents = 0;
        for (int i = 0; i < 2; i++) {
            cents *= 10;
            if (i < fractionLength) {
                char c = t.charAt(dot + 1 + i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                cents += c - '0';
            }
        }
        return whole * 100 + cents;
    }

    private static boolean groupedDigits(String whole) {
        if (!whole.contains(",")) {
            return whole.chars().allMatch(ch -> ch >= '0' && ch <= '9');
        }
        String[] groups = whole.split(",", -1);
        if (groups[0].isEmpty() || groups[0].length() > 3) {
            return false;
        }
        for (int i = 0; i < groups.length; i++) {
            if ((i > 0 && groups[i].length() != 3) || !groups[i].chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                return false;
            }
        }
        return true;
    }

    public BigDecimal amount() {
        return BigDecimal.valueOf(cents, 2);
    }

    public boolean isZero() {
        return cents == 0;
    }

    public boolean isPositive() {
        return cents > 0;
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    /** {@code HK$1,280.50}: Hong Kong writes dollar amounts alike in English and Chinese. */
    public String format() {
        long abs = Math.abs(cents);
        return (cents < 0 ? "-" : "") + "HK$" + String.format(Locale.ROOT, "%,d.%02d", abs / 100, abs % 100);
    }

    /** The plain decimal, {@code 1280.50}, for files and JSON. */
    public String plain() {
        return amount().toPlainString();
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    @Override
    public String toString() {
        return format();
    }
}
