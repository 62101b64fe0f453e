package com.alluressories.caredesk.ui;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.util.Locale;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Every date picker in the window, the Hong Kong way whatever the PC's locale: shown and read as
 * d/M/yyyy in English and yyyy年M月d日 in Chinese (d/M/yyyy is read there too), never 12/13/2026.
 */
public final class DatePickers {
    private DatePickers() {
    }

    /** A new picker showing {@code value}. */
    public static DatePicker create(LocalDate value, Locale locale) {
        DatePicker picker = new DatePicker(value);
        configure(picker, locale);
        return picker;
    }

    /** Sets a picker (one from FXML, say) to the Hong Kong form. */
    public static void configure(DatePicker picker, Locale locale) {
        picker.setChronology(IsoChronology.INSTANCE);
        picker.setPromptText(Formats.datePattern(locale));
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : Formats.date(date, locale);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                // Text that is not a date keeps the date that was there, rather than a silent blank.
                return Formats.parseDate(text).orElse(picker.getValue());
            }
        });
        // Typed text counts when the focus moves on, as it does with Enter.
        picker.focusedProperty().addListener((obs, was, now) -> {
            if (!now && picker.isEditable()) {
                commit(picker);
            }
        });
    }

    /** Takes what is typed in the picker's field as its value (before reading it on OK). */
    public static LocalDate commit(DatePicker picker) {
        String typed = picker.getEditor().getText();
        LocalDate value = picker.getConverter().fromString(typed);
        picker.setValue(value);
        picker.getEditor().setText(picker.getConverter().toString(value));
        return value;
    }
}
