package com.alluressories.caredesk.staff;

import com.alluressories.caredesk.store.Settings;
import com.alluressories.caredesk.store.Store;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * How long the window waits without a key or a click before it locks itself: one minute to eight
 * hours, five minutes until a manager sets it. Kept in the store's settings; a change is audited.
 */
public final class IdleLockSetting {
    public static final Duration DEFAULT = Duration.ofMinutes(5);
    public static final Duration MIN = Duration.ofMinutes(1);
    public static final Duration MAX = Duration.ofHours(8);
    static final String KEY = "staff.idle_lock_seconds";

    private final Store store;
    private final AuditLog audit;

    public IdleLockSetting(Store store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    /** The idle time set, or the default when none is (or what is stored is not a number of seconds). */
    public Duration get() {
        return store.read(c -> Settings.get(c, KEY)).flatMap(IdleLockSetting::seconds).orElse(DEFAULT);
    }

    /** A manager (or one approving) sets it, within {@link #MIN} and {@link #MAX}. */
    public void set(Actor actor, Duration idle) {
        actor.require(Permission.CHANGE_SETTINGS);
        if (idle.compareTo(MIN) < 0 || idle.compareTo(MAX) > 0) {
            throw new StaffException("staff.problem.idleRange", MIN.toMinutes(), MAX.toMinutes());
        }
        store.write(c -> {
            Settings.put(c, KEY, Long.toString(idle.toSeconds()));
            audit.append(c, actor, AuditAction.SETTINGS_CHANGED, KEY, Map.of("idle_lock_minutes", idle.toMinutes()));
            return null;
        });
    }

    static Optional<Duration> seconds(String text) {
        try {
            long s = Long.parseLong(text.strip());
            return s > 0 ? Optional.of(Duration.ofSeconds(s)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
