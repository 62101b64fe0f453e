package com.alluressories.caredesk.ui.lookup;

import com.alluressories.caredesk.receipt.DemoStoreException;
import com.alluressories.caredesk.receipt.ImportProgress;
import com.alluressories.caredesk.receipt.ImportResult;
import com.alluressories.caredesk.receipt.ReceiptService;
import com.alluressories.caredesk.ui.TaskRunner;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One import of a sales export, from the lookup screen: progress, cancel, and the outcome (a
 * result, or the reason it could not run). The import itself runs off the FX thread.
 */
public final class ReceiptImportViewModel {
    private final ReceiptService receipts;
    private final TaskRunner tasks;
    private final Executor fxThread;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyLongWrapper rows = new ReadOnlyLongWrapper(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<ImportResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Throwable> failure = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper("");
    private volatile boolean cancelled;

    /** @param fxThread runs progress updates on the FX thread ({@code Platform::runLater}; same thread in tests) */
    public ReceiptImportViewModel(ReceiptService receipts, TaskRunner tasks, Executor fxThread) {
        this.receipts = receipts;
        this.tasks = tasks;
        this.fxThread = fxThread;
    }

    /** Starts importing; {@code onDone} runs on the FX thread once the outcome is known. */
    public void start(Path file, Runnable onDone) {
        cancelled = false;
        progress.set(0);
        rows.set(0);
        result.set(null);
        failure.set(null);
        fileName.set(file.getFileName().toString());
        running.set(true);
        ImportProgress listener = new ImportProgress() {
            @Override
            public void update(double fraction, long rowsDone) {
                fxThread.execute(() -> {
                    progress.set(fraction);
                    rows.set(rowsDone);
                });
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };
        tasks.run(() -> receipts.importFile(file, listener), done -> {
            running.set(false);
            progress.set(1);
            result.set(done);
            onDone.run();
        }, error -> {
            running.set(false);
            failure.set(error);
            onDone.run();
        });
    }

    public void cancel() {
        cancelled = true;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Why the import could not run, for the view to word ({@code ui.ErrorWords}); null when it ran. */
    public ReadOnlyObjectProperty<Throwable> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** The import was refused because the store holds the demo shop (the dialog says what to do instead). */
    public boolean refusedAsDemo() {
        return failure.get() instanceof DemoStoreException;
    }

    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }
}
