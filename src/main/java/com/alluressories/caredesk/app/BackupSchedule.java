package com.alluressories.caredesk.app;

import com.alluressories.caredesk.store.Backups;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The automatic backup: at start, then once a day while the window stays open. */
public final class BackupSchedule implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackupSchedule.class);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "caredesk-backup");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param outcome told after every automatic backup: null when it worked, else why it failed, so
     *                the window can show it (a full disk must not go unnoticed until a restore is needed)
     */
    public BackupSchedule(Backups backups, java.util.function.Consumer<RuntimeException> outcome) {
        // Checked every hour: a PC left on overnight gets its backup on the new day.
        timer.scheduleWithFixedDelay(() -> {
            try {
                if (backups.dueToday()) {
                    backups.automatic();
                    outcome.accept(null);
                }
            } catch (RuntimeException e) {
                LOG.warn("The automatic backup failed: {}", e.getMessage());
                outcome.accept(e);
            }
        }, 5, 3600, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
