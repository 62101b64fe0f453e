package com.alluressories.caredesk.receipt;

/**
 * One thing wrong with an import file, where it is: the line (1 = the header), the column and the
 * value as written. Line 0 means the file as a whole.
 */
public record ImportProblem(long line, String column, String value, String message) {
    /** {@code sales.csv:12: paid_price '1300.00': is above the list price 1280.00}. */
    public String describe(String fileName) {
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
        return text.append(message).toString();
    }
}
