package com.alluressories.caredesk.ui.tickets;

import com.alluressories.caredesk.ui.I18n;
import java.util.List;

/** What a ticket form refuses, as a message key and its arguments; the dialog words it in the window's language. */
public record Problem(String key, List<Object> args) {
    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String key, Object... args) {
        return new Problem(key, List.of(args));
    }

    String words(I18n i18n) {
        return i18n.get(key, args.toArray());
    }
}
