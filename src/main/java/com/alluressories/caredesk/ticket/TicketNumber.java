package com.alluressories.caredesk.ticket;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A repair ticket's number, {@code {SHOP}-{yyMMdd}-{NNNN}}: the shop's code, the Hong Kong day of
 * intake and that shop's sequence for the day. It owns both how a number is written and how a
 * scanned or typed one is recognised, so the screens and the numbering can never disagree.
 */
public record TicketNumber(String value) {
    /** A shop code of 2 to 8 letters or digits, the day, the sequence. */
    public static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9]{2,8}-\\d{6}-\\d{4}");
    /** Numbers a shop can give in one day. */
    public static final int PER_DAY = 9_999;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    public TicketNumber {
        if (value == null || !PATTERN.matcher(value).matches()) {
            throw new IllegalArgumentException("not a ticket number: " + value);
        }
        value = value.toUpperCase(Locale.ROOT);
    }

    /** The number a shop gives on a day for its {@code sequence}-th ticket (1 to {@value #PER_DAY}). */
    public static TicketNumber of(String shopCode, LocalDate day, int sequence) {
        if (sequence < 1 || sequence > PER_DAY) {
            throw new IllegalArgumentException("sequence out of range: " + sequence);
        }
        return new TicketNumber(shopCode + "-" + DAY.format(day) + "-" + String.format(Locale.ROOT, "%04d", sequence));
    }

    /** A number as scanned or typed (spaces around it, any case), or empty when the text is not one. */
    public static Optional<TicketNumber> recognise(String text) {
        String t = text == null ? "" : text.strip();
        return PATTERN.matcher(t).matches() ? Optional.of(new TicketNumber(t)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
