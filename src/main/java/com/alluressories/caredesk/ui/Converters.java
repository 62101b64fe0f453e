package com.alluressories.caredesk.ui;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import javafx.util.StringConverter;

/** Display-only converters for combo boxes and pickers whose items are chosen, never typed. */
public final class Converters {
    private Converters() {
    }

    public static <T> StringConverter<T> showing(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    /** Dates as Hong Kong writes them (d/M/yyyy, or yyyy年M月d日), typed or picked. */
    public static StringConverter<LocalDate> dates(Locale locale) {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : Formats.date(date, locale);
            }

            @Override
            public LocalDate fromString(String text) {
                return Formats.parseDate(text).orElse(null);
            }
        };
    }
}
