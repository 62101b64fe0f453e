package com.alluressories.caredesk.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work that touches the disk or the database off the FX thread, and hands the result back on
 * it. Tests replace it with {@link #sameThread()} so view models can be tested without a toolkit.
 */
public interface TaskRunner {
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code step} on the thread results come back on (progress from background work). */
    default void later(Runnable step) {
        step.run();
    }

    static TaskRunner sameThread() {
        return new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
