package com.alluressories.caredesk.ui.shell;

import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.chain.SyncStatus;
import com.alluressories.caredesk.ui.Formats;
import com.alluressories.caredesk.ui.I18n;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * The header's line about head office, in the window's language: "Synced with head office 1 min
 * ago", "Offline since 10:02 — 14 changes waiting", "Not joined to a chain".
 */
final class SyncWords {
    private SyncWords() {
    }

    static String of(I18n i18n, SyncStatus status, Instant now) {
        if (status == null) {
            return "";
        }
        String state = state(i18n, status, now);
        return status.clockOffMinutes() == 0 ? state : state + " " + i18n.get("sync.clockOff", status.clockOffMinutes());
    }

    private static String state(I18n i18n, SyncStatus status, Instant now) {
        if (SyncStatus.NOT_JOINED.equals(status.state())) {
            return i18n.get("sync.notJoined");
        }
        if (SyncStatus.ONLINE.equals(status.state())) {
            return status.lastSyncTime().map(last -> {
                long minutes = Math.max(0, Duration.between(last, now).toMinutes());
                return minutes == 0 ? i18n.get("sync.justNow") : i18n.get("sync.minutesAgo", minutes);
            }).orElse(i18n.get("sync.connecting"));
        }
        return status.lastSyncTime().map(last -> {
            LocalDateTime at = LocalDateTime.ofInstant(last, Services.HONG_KONG);
            LocalDateTime today = LocalDateTime.ofInstant(now, Services.HONG_KONG);
            String when = at.toLocalDate().equals(today.toLocalDate())
                    ? String.format("%02d:%02d", at.getHour(), at.getMinute()) : Formats.dateTime(at, i18n.locale());
            return i18n.get("sync.offlineSince", when, status.pendingOut());
        }).orElse(i18n.get("sync.offline", status.pendingOut()));
    }
}
