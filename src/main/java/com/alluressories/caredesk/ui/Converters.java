package com.alluressories.caredesk.ui;

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
}
