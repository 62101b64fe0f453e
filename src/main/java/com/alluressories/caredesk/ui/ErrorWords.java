package com.alluressories.caredesk.ui;

import com.alluressories.caredesk.text.Refusal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place in the window that turns an error into words for staff: a {@link Refusal} in the
 * window's language (its dates written the local way), anything unforeseen as a plain sentence in
 * that language, with the details kept in the log file.
 */
public final class ErrorWords {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorWords.class);

    private ErrorWords() {
    }

    public static String of(I18n i18n, Throwable error) {
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof Refusal refusal) {
            Object[] args = refusal.args();
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof LocalDate date) {
                    args[i] = Formats.date(date, i18n.locale());
                } else if (args[i] instanceof LocalDateTime time) {
                    args[i] = Formats.dateTime(time, i18n.locale());
                }
            }
            return i18n.get(refusal.key(), args);
        }
        LOG.error("Unexpected error shown to staff", e);
        return i18n.get("error.unexpected", e == null ? "" : e.getClass().getSimpleName());
    }
}
