package com.alluressories.caredesk.claim;

import com.alluressories.caredesk.text.Bundles;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A file offered as a photo that is not a JPEG, PNG, GIF, BMP or WebP image. Checked, so whoever
 * adds photos decides what to do with each file refused; worded from {@link #KEY} with the file's name.
 */
public class NotAnImageException extends Exception {
    public static final String KEY = "claim.photos.notAnImage";
    private final transient Path file;

    public NotAnImageException(Path file) {
        super(KEY);
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** The file's name, the one argument of {@link #KEY}. */
    public Object[] args() {
        return new Object[] {String.valueOf(file.getFileName())};
    }

    /** The refusal in a language. */
    public String words(Locale locale) {
        return Bundles.format(locale, KEY, args());
    }

    /** English, for the log file. */
    @Override
    public String getMessage() {
        return words(Bundles.ENGLISH);
    }
}
