package com.alluressories.caredesk.notice;

import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.AuditAction;
import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.staff.Permission;
import com.alluressories.caredesk.store.Settings;
import com.alluressories.caredesk.store.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a manager sets about telling customers, kept in the store's settings and audited: the
 * messages' wording per kind and language (the bundles' wording until one is set), and the days
 * after "ready" on which a reminder falls due (7, 30 and 90 until set).
 */
public final class NoticeSettings {
    public static final List<Integer> DEFAULT_REMINDER_DAYS = List.of(7, 30, 90);
    /** At most this many reminders, each within a year of "ready". */
    public static final int MAX_REMINDERS = 5;
    public static final int MAX_REMINDER_DAY = 365;
    static final String REMINDER_KEY = "notice.reminder_days";

    private final Store store;
    private final AuditLog audit;

    public NoticeSettings(Store store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    /** The days after "ready" when reminders fall due, ascending; the defaults when none are set. */
    public List<Integer> reminderDays() {
        return store.read(c -> Settings.get(c, REMINDER_KEY)).flatMap(NoticeSettings::days).orElse(DEFAULT_REMINDER_DAYS);
    }

    /**
     * A manager sets the reminder days from text such as "7, 30, 90": whole days from 1 to
     * {@value #MAX_REMINDER_DAY}, at most {@value #MAX_REMINDERS}, none twice.
     */
    public List<Integer> setReminderDays(Actor actor, String text) {
        actor.require(Permission.CHANGE_SETTINGS);
        List<Integer> days = days(text).orElseThrow(() -> new NoticeException("notice.settings.badDays", text.strip(),
                MAX_REMINDER_DAY, MAX_REMINDERS));
        store.write(c -> {
            Settings.put(c, REMINDER_KEY, join(days));
            audit.append(c, actor, AuditAction.SETTINGS_CHANGED, REMINDER_KEY, Map.of("reminder_days", join(days)));
            return null;
        });
        return days;
    }

    /** The wording a manager set for a kind in a language, if any. */
    public Optional<String> template(NoticeKind kind, Locale language) {
        return store.read(c -> Settings.get(c, templateKey(kind, language)));
    }

    /**
     * A manager sets the wording of a kind in a language; an empty text goes back to CareDesk's own.
     * Refused, with the name, for a placeholder that does not exist or one the kind must carry
     * (Cap. 294 wants the item and the sum due on its notices).
     */
    public void setTemplate(Actor actor, NoticeKind kind, Locale language, String text) {
        actor.require(Permission.CHANGE_SETTINGS);
        String key = templateKey(kind, language);
        String wording = text == null ? "" : text.strip();
        if (!wording.isEmpty()) {
            NoticeTemplate.of(wording).requireAll(required(kind));
        }
        store.write(c -> {
            if (wording.isEmpty()) {
                Settings.remove(c, key);
            } else {
                Settings.put(c, key, wording);
            }
            // The wording itself stays out of the trail: the key says which message changed.
            audit.append(c, actor, AuditAction.SETTINGS_CHANGED, key, Map.of("reset", wording.isEmpty()));
            return null;
        });
    }

    /** The placeholders a kind's wording must keep. */
    public static Set<String> required(NoticeKind kind) {
        return switch (kind) {
            case QUOTE -> Set.of("ticket_no", "item", "quote");
            case READY -> Set.of("ticket_no", "item", "amount");
            case REMINDER -> Set.of("ticket_no", "item", "amount");
            case INTENTION_TO_SELL -> Set.of("ticket_no", "item", "amount", "notice_date");
        };
    }

    static String templateKey(NoticeKind kind, Locale language) {
        return "notice.template." + kind.name() + "." + language.getLanguage();
    }

    /** Reminder days read from text such as "7, 30, 90", ascending; empty when they are not valid. */
    public static Optional<List<Integer>> days(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        TreeSet<Integer> days = new TreeSet<>();
        List<Integer> typed = new ArrayList<>();
        for (String part : text.split("[,，\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                int d = Integer.parseInt(part);
                if (d < 1 || d > MAX_REMINDER_DAY) {
                    return Optional.empty();
                }
                typed.add(d);
                days.add(d);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        if (days.isEmpty() || days.size() != typed.size() || days.size() > MAX_REMINDERS) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(days));
    }

    static String join(List<Integer> days) {
        return String.join(",", days.stream().map(String::valueOf).toList());
    }
}
