package com.alluressories.caredesk.staff;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * What walking the chain found: intact with {@code entries} entries, or the first broken entry
 * ({@code brokenSeq}) and what is wrong with it as a {@link Kind} with its details — worded by the
 * messages bundle ({@code audit.problem.KIND}) in the reader's language, as import problems are.
 */
public record AuditCheck(long entries, Optional<Long> brokenSeq, Kind kind, List<String> args) {
    public enum Kind { NONE, MISSING, MISSING_RANGE, UNLINKED, CHANGED, TRUNCATED, HEAD_CHANGED, TRIGGERS_MISSING, CHANGED_SINCE_SENT, DIFFERS_FROM_HUB }

    public AuditCheck {
        args = List.copyOf(args);
    }

    static AuditCheck intact(long entries) {
        return new AuditCheck(entries, Optional.empty(), Kind.NONE, List.of());
    }

    /** Numbers go in as text: an entry number is read as written ("entry 1000", never "1,000"). */
    static AuditCheck broken(long entries, Optional<Long> seq, Kind kind, Object... args) {
        return new AuditCheck(entries, seq, kind, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** This PC's entry {@code seq} is the one head office holds. */
    public static AuditCheck matchesHub(long seq) {
        return intact(seq);
    }

    /** This PC's entry {@code seq} is not (or no longer) the one head office received. */
    public static AuditCheck differsFromHub(long seq) {
        return broken(seq, Optional.of(seq), Kind.DIFFERS_FROM_HUB);
    }

    public boolean intact() {
        return kind == Kind.NONE;
    }

    /** The English bundle, for the command line. */
    public static ResourceBundle english() {
        return ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** What is wrong, in the bundle's language; empty when intact. */
    public String problem(ResourceBundle bundle) {
        return intact() ? "" : format(bundle, "audit.problem." + kind.name(), args.toArray());
    }

    public String problem() {
        return problem(english());
    }

    /** One line for a person: what was checked and, when broken, which entry and why. */
    public String describe(ResourceBundle bundle) {
        if (intact()) {
            return format(bundle, "audit.check.intact", String.valueOf(entries));
        }
        return brokenSeq.map(seq -> format(bundle, "audit.check.broken", String.valueOf(seq), problem(bundle)))
                .orElse(format(bundle, "audit.check.unprotected", problem(bundle)));
    }

    public String describe() {
        return describe(english());
    }

    private static String format(ResourceBundle bundle, String key, Object... args) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }
}
