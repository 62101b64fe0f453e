package com.alluressories.caredesk.text;

import java.util.Locale;

/**
 * Something CareDesk will not do, or cannot do, told as a message key and its arguments only: the
 * words live in the bundles. The window words it in the staff member's language; the command line
 * and the log file read its English form through {@link #getMessage()}.
 */
public class Refusal extends RuntimeException {
    private final String key;
    private final transient Object[] args;

    public Refusal(String key, Object... args) {
        this(null, key, args);
    }

    public Refusal(Throwable cause, String key, Object... args) {
        super(key, cause);
        this.key = key;
        this.args = args.clone();
    }

    public final String key() {
        return key;
    }

    public final Object[] args() {
        return args.clone();
    }

    /** The refusal in a language. */
    public final String words(Locale locale) {
        return Bundles.format(locale, key, args);
    }

    /** English, for the command line and the log file. */
    @Override
    public String getMessage() {
        return words(Bundles.ENGLISH);
    }
}
