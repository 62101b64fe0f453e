package com.alluressories.caredesk.app;

import com.alluressories.caredesk.privacy.PurgeResult;
import com.alluressories.caredesk.privacy.PurgeService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The retention schedule applied by the window itself: a minute after start, then checked every
 * hour, once a day (a PC left on overnight applies it on the new day). Each run is in the audit
 * trail; a failure is logged and tried again at the next hour. Not on the demo shop.
 */
public final class PurgeSchedule implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PurgeSchedule.class);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "caredesk-purge");
        thread.setDaemon(true);
        return thread;
    });

    /** @param demo true while the store is the demo shop, whose made-up customers are nobody's personal data */
    public PurgeSchedule(PurgeService purge, java.util.function.BooleanSupplier demo) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                if (!demo.getAsBoolean() && purge.dueToday()) {
                    PurgeResult r = purge.purge(false);
                    LOG.info("Retention applied as of {}: {} receipts, {} claims, {} tickets, {} photos", r.asOf(),
                            r.receipts(), r.claims(), r.tickets(), r.photos());
                }
            } catch (RuntimeException e) {
                LOG.warn("The retention schedule could not be applied: {}", e.getMessage());
            }
        }, 60, 3600, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
