package com.alluressories.caredesk.receipt;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One thing wrong with an import file, where it is: the line (1 = the header; 0 = the file as a
 * whole), the column and the value as written, and what is wrong as a {@link Kind} with its
 * details, worded by the messages bundle ({@code import.problem.KIND}) in the reader's language.
 */
public record ImportProblem(long line, String column, String value, Kind kind, List<String> args) {
    public enum Kind {
        EMPTY_FILE, DUPLICATE_COLUMN, MISSING_COLUMN, TOO_FEW_FIELDS, NOT_UTF8, UNREADABLE, REQUIRED, BAD_SHOP_CODE,
        BAD_DATE, BAD_PHONE, BAD_LINE_NO, BAD_METAL, BAD_STONE, BAD_PRICE, PAID_ABOVE_LIST,
        LINE_TWICE, HEADER_DIFFERS, STORED_HEADER_DIFFERS, STORED_LINE_DIFFERS
    }

    private static final String BUNDLE = "i18n.messages";

    public ImportProblem {
        args = List.copyOf(args);
    }

    static ImportProblem of(long line, String column, String value, Kind kind, Object... args) {
        return new ImportProblem(line, column, value, kind, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The English bundle, for the command line and logs. */
    public static ResourceBundle english() {
        return ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** What is wrong, in the bundle's language. */
    public String message(ResourceBundle bundle) {
        return new MessageFormat(bundle.getString("import.problem." + kind.name()), bundle.getLocale())
                .format(args.toArray());
    }

    public String message() {
        return message(english());
    }

    /** {@code sales.csv:12: paid_price '1300.00': is above the list price 1280.00}. */
    public String describe(String fileName, ResourceBundle bundle) {
        StringBuilder text = new StringBuilder(fileName);
        if (line > 0) {
            text.append(':').append(line);
        }
        text.append(": ");
        if (column != null) {
            text.append(column);
            if (value != null) {
                text.append(" '").append(value).append('\'');
            }
            text.append(": ");
        }
        return text.append(message(bundle)).toString();
    }

    public String describe(String fileName) {
        return describe(fileName, english());
    }
}
