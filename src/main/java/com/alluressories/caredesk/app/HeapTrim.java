package com.alluressories.caredesk.app;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the window's memory near what it uses. Left to itself the JVM sizes its heap for throughput:
 * it grows with every burst of work (an import, a run of previews) and keeps what it took, so a
 * counter PC ended a day holding a gigabyte for a window that uses a fraction of it. So, once nobody
 * has touched the window for half a minute (never while staff work), the heap is compacted and
 * what is free beyond a third of what is in use is handed back; a few hundred milliseconds that
 * nobody is there to see, and only when the heap has grown enough since to be worth it. The JVM
 * settings this needs may be changed while it runs, so the same holds however CareDesk is started
 * (installed, or {@code java -jar}); settings given on the command line are kept.
 */
public final class HeapTrim implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HeapTrim.class);
    /** How long the window is left alone before its heap is trimmed. */
    static final long IDLE_MS = 30_000;
    /** Trimmed only when the heap holds this much more than after the last trim (or than it uses). */
    private static final long WORTH_BYTES = 48L << 20;

    private final LongSupplier nowMs;
    private final Runnable collect;
    private final java.util.function.Supplier<MemoryUsage> heap;
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
        Thread thread = new Thread(r, "caredesk-heap-trim");
        thread.setDaemon(true);
        return thread;
    });
    private volatile long lastActivityMs;
    private long committedAfterTrim;

    /** @param nowMs the time in milliseconds; {@code collect} compacts the heap (System.gc); {@code heap} reads it */
    HeapTrim(LongSupplier nowMs, Runnable collect, java.util.function.Supplier<MemoryUsage> heap) {
        this.nowMs = nowMs;
        this.collect = collect;
        this.heap = heap;
        this.lastActivityMs = nowMs.getAsLong();
        timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Starts watching: the window calls {@link #activity()} on every key and click. */
    public static HeapTrim start() {
        settings();
        HeapTrim trim = new HeapTrim(System::currentTimeMillis, System::gc,
                () -> ManagementFactory.getMemoryMXBean().getHeapMemoryUsage());
        trim.timer.scheduleWithFixedDelay(trim::check, 10, 10, TimeUnit.SECONDS);
        return trim;
    }

    /** Someone is at the window. */
    public void activity() {
        lastActivityMs = nowMs.getAsLong();
    }

    /** Trims when nobody has been at the window for a while and the heap has grown enough to be worth it. */
    boolean check() {
        if (nowMs.getAsLong() - lastActivityMs < IDLE_MS) {
            return false;
        }
        MemoryUsage now = heap.get();
        if (now.getCommitted() - Math.max(committedAfterTrim, now.getUsed()) < WORTH_BYTES) {
            return false;
        }
        long before = now.getCommitted();
        long t0 = System.nanoTime();
        collect.run();
        committedAfterTrim = heap.get().getCommitted();
        LOG.info("Idle: heap trimmed from {} MB to {} MB in {} ms", before >> 20, committedAfterTrim >> 20,
                (System.nanoTime() - t0) / 1_000_000);
        return true;
    }

    /**
     * A compacted heap keeps at most 30% free (the JVM's default is 70%), and grows when less than
     * 10% is free (default 40%). Left as given where set on the command line.
     */
    static void settings() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            // Min before max: the JVM refuses a maximum below the minimum (40 by default) at every step.
            set(vm, "MinHeapFreeRatio", "10");
            set(vm, "MaxHeapFreeRatio", "30");
        } catch (RuntimeException | LinkageError e) {
            // A runtime without jdk.management (or a JVM that refuses): the trims still compact the heap.
            LOG.warn("The heap's free share is left as the JVM sets it: {}", e.toString());
        }
    }

    private static void set(HotSpotDiagnosticMXBean vm, String name, String value) {
        if (vm.getVMOption(name).getOrigin() == com.sun.management.VMOption.Origin.DEFAULT) {
            vm.setVMOption(name, value);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
