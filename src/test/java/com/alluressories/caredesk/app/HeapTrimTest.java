package com.alluressories.caredesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The heap is trimmed only when nobody is at the window, and only when it has grown enough to be worth it. */
class HeapTrimTest {
    private static final long MB = 1L << 20;

    @Test
    void trimsOnlyWhenIdleAndWorthIt() {
        AtomicLong now = new AtomicLong(1_000_000);
        AtomicInteger collections = new AtomicInteger();
        AtomicReference<MemoryUsage> heap = new AtomicReference<>(usage(100, 400));
        HeapTrim trim = new HeapTrim(now::get, () -> {
            collections.incrementAndGet();
            heap.set(usage(90, 130)); // compacted: what is free beyond a third is handed back
        }, heap::get);

        // Someone is at the window: never, however much is free.
        trim.activity();
        now.addAndGet(HeapTrim.IDLE_MS - 1);
        assertThat(trim.check()).isFalse();
        // Half a minute without a key or a click: trimmed once.
        now.addAndGet(1);
        assertThat(trim.check()).isTrue();
        assertThat(collections).hasValue(1);
        // Still idle, nothing has grown since: not again.
        now.addAndGet(60_000);
        assertThat(trim.check()).isFalse();
        // Grown by a burst of work, then idle again: trimmed again.
        heap.set(usage(120, 130 + 60));
        assertThat(trim.check()).isTrue();
        assertThat(collections).hasValue(2);
        // A key resets the wait.
        heap.set(usage(120, 400));
        trim.activity();
        assertThat(trim.check()).isFalse();
        trim.close();
    }

    @Test
    void theJvmsFreeHeapSharesAreSetUnlessGivenByHand() {
        HeapTrim.settings();
        var vm = java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
        var max = vm.getVMOption("MaxHeapFreeRatio");
        // Given on this JVM's command line, it is kept; otherwise it is now 30.
        assertThat(max.getOrigin() == com.sun.management.VMOption.Origin.VM_CREATION || max.getValue().equals("30"))
                .as(max.toString()).isTrue();
    }

    private static MemoryUsage usage(long usedMb, long committedMb) {
        return new MemoryUsage(0, usedMb * MB, committedMb * MB, 8192 * MB);
    }
}
