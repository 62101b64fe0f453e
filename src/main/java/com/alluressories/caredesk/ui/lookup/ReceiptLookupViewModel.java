package com.alluressories.caredesk.ui.lookup;

import com.alluressories.caredesk.policy.Policy;
import com.alluressories.caredesk.receipt.Receipt;
import com.alluressories.caredesk.receipt.ReceiptService;
import com.alluressories.caredesk.receipt.WarrantyStatus;
import com.alluressories.caredesk.ui.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Receipt lookup's state: what staff typed or scanned, the filters, the matches (newest first),
 * the receipt chosen and its lines with their warranty as of today. Searches run off the FX
 * thread; an answer that arrives after a newer search was started is dropped.
 */
public final class ReceiptLookupViewModel {
    public static final int PAGE = 50;

    public enum Status { IDLE, SEARCHING, FOUND, NONE, FAILED }

    private final ReceiptService receipts;
    private final Policy policy;
    private final Clock clock;
    private final TaskRunner tasks;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty shop = new SimpleStringProperty("");
    private final ObservableList<Receipt> results = FXCollections.observableArrayList();
    private final ObjectProperty<Receipt> selected = new SimpleObjectProperty<>();
    private final ObservableList<LineRow> lines = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(Status.IDLE);
    private final ReadOnlyObjectWrapper<Throwable> failure = new ReadOnlyObjectWrapper<>();
    private long generation;
    private Runnable afterSearch = () -> { };

    public ReceiptLookupViewModel(ReceiptService receipts, Policy policy, Clock clock, TaskRunner tasks) {
        this.receipts = receipts;
        this.policy = policy;
        this.clock = clock;
        this.tasks = tasks;
        selected.addListener((obs, old, now) -> showLines(now));
    }

    /** Searches with what is typed and the filters now; results replace the previous ones. */
    public void search() {
        search(false);
    }

    /** Enter (or a scanner's Enter): search, and open the receipt if exactly one matches. */
    public void submit() {
        search(true);
    }

    private void search(boolean openSingle) {
        long mine = ++generation;
        failure.set(null);
        String text = query.get() == null ? "" : query.get().strip();
        if (text.isEmpty()) {
            results.clear();
            selected.set(null);
            status.set(Status.IDLE);
            return;
        }
        Optional<LocalDate> fromDay = Optional.ofNullable(from.get());
        Optional<LocalDate> toDay = Optional.ofNullable(to.get());
        Optional<String> shopCode = Optional.ofNullable(shop.get()).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(Locale.ROOT));
        status.set(Status.SEARCHING);
        tasks.run(() -> receipts.findAnything(text, fromDay, toDay, shopCode, PAGE), found -> {
            if (mine != generation) {
                return; // a newer search is on its way
            }
            Receipt keep = selected.get();
            results.setAll(found);
            status.set(found.isEmpty() ? Status.NONE : Status.FOUND);
            if (openSingle && found.size() == 1) {
                selected.set(found.get(0));
            } else if (keep != null && found.stream().anyMatch(r -> r.receiptNo().equals(keep.receiptNo()))) {
                selected.set(keep);
            } else {
                selected.set(null);
            }
            afterSearch.run();
        }, error -> {
            if (mine == generation) {
                results.clear();
                failure.set(error);
                status.set(Status.FAILED);
            }
        });
    }

    private void showLines(Receipt receipt) {
        if (receipt == null) {
            lines.clear();
            return;
        }
        LocalDate today = LocalDate.now(clock);
        lines.setAll(receipt.lines().stream()
                .map(line -> new LineRow(receipt, line, WarrantyStatus.of(policy, receipt, line, today))).toList());
    }

    /** Called after every search that was not overtaken (the view moves focus with it). */
    public void setAfterSearch(Runnable afterSearch) {
        this.afterSearch = afterSearch;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty shopProperty() {
        return shop;
    }

    public ObservableList<Receipt> results() {
        return results;
    }

    public ObjectProperty<Receipt> selectedProperty() {
        return selected;
    }

    public ObservableList<LineRow> lines() {
        return lines;
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the last search failed (status {@code FAILED}), for the view to word; null otherwise. */
    public ReadOnlyObjectProperty<Throwable> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public List<Receipt> resultList() {
        return List.copyOf(results);
    }
}
