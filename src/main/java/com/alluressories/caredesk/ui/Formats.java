package com.alluressories.caredesk.ui;

import com.alluressories.caredesk.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Hong Kong conventions for what staff read: d/M/yyyy (English), yyyy年M月d日 (Chinese), months as
 * Oct 2026 or 2026年10月, HK$ with two decimals.
 */
public final class Formats {
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d/M/yyyy");
    private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter EN_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ZH_MONTH = DateTimeFormatter.ofPattern("yyyy年M月");
    private static final DateTimeFormatter EN_SHORT_MONTH = DateTimeFormatter.ofPattern("MMM ''yy", Locale.ENGLISH);
    private static final DateTimeFormatter ZH_SHORT_MONTH = DateTimeFormatter.ofPattern("yy年M月");

    private Formats() {
    }

    public static String date(LocalDate date, Locale locale) {
        return (isChinese(locale) ? ZH_DATE : EN_DATE).format(date);
    }

    /** A month: Oct 2026, 2026年10月. */
    public static String month(java.time.YearMonth month, Locale locale) {
        return (isChinese(locale) ? ZH_MONTH : EN_MONTH).format(month);
    }

    /** A month under a chart's bar, where twelve stand side by side: Oct '26, 26年10月. */
    public static String shortMonth(java.time.YearMonth month, Locale locale) {
        return (isChinese(locale) ? ZH_SHORT_MONTH : EN_SHORT_MONTH).format(month);
    }

    /** How a date is written here, for a prompt: d/M/yyyy, or yyyy年M月d日. */
    public static String datePattern(Locale locale) {
        return isChinese(locale) ? "yyyy年M月d日" : "d/M/yyyy";
    }

    public static String dateTime(LocalDateTime time, Locale locale) {
        return date(time.toLocalDate(), locale) + " " + TIME.format(time);
    }

    /** {@code HK$1,280.00} (see {@link Money#format()}). */
    public static String money(BigDecimal amount) {
        return Money.of(amount.setScale(2, RoundingMode.HALF_UP)).format();
    }

    /** Reads a date typed as d/M/yyyy (either language), or yyyy-MM-dd. */
    public static Optional<LocalDate> parseDate(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        for (DateTimeFormatter f : new DateTimeFormatter[] {EN_DATE, ZH_DATE, DateTimeFormatter.ISO_LOCAL_DATE}) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    public static boolean isChinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }
}
