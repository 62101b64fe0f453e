package com.alluressories.caredesk.ui.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * What F1 shows: every key of the counter and what it does, read from the bundle's {@code help.keys}
 * (one key a line, the key and its meaning apart by a tab), in the reader's language.
 */
public final class KeysHelp {
    /** One line of the help: a key (or keys) and what it does. */
    public record Line(String key, String what) {
    }

    private KeysHelp() {
    }

    /** The lines of the help text; a line without a tab is a key with nothing said of it. */
    public static List<Line> lines(String helpKeys) {
        List<Line> lines = new ArrayList<>();
        for (String line : helpKeys.split("\n")) {
            String[] parts = line.split("\t", 2);
            lines.add(new Line(parts[0], parts.length > 1 ? parts[1] : ""));
        }
        return lines;
    }
}
