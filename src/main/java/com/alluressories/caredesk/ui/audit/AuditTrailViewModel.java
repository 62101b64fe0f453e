package com.alluressories.caredesk.ui.audit;

import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.AuditAction;
import com.alluressories.caredesk.staff.AuditCheck;
import com.alluressories.caredesk.staff.AuditEntry;
import com.alluressories.caredesk.staff.AuditFilter;
import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.staff.Permission;
import com.alluressories.caredesk.ui.ManagerApproval;
import com.alluressories.caredesk.ui.ManagerGate;
import com.alluressories.caredesk.ui.TaskRunner;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The audit trail for a manager: filter by days, staff number, action and text; check the chain;
 * export what is listed to CSV. Open to a signed-in manager, or for this visit with a manager's approval.
 */
public final class AuditTrailViewModel {
    private final AuditLog audit;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty staffNo = new SimpleStringProperty("");
    private final ObjectProperty<AuditAction> action = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<AuditCheck> check = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Throwable> error = new ReadOnlyObjectWrapper<>();
    private final ManagerGate gate;
    private long generation;

    public AuditTrailViewModel(AuditLog audit, TaskRunner tasks, ManagerApproval approval, Clock clock) {
        this.audit = audit;
        this.tasks = tasks;
        this.gate = new ManagerGate(Permission.VIEW_AUDIT, approval, this::refresh, () -> {
            entries.clear();
            check.set(null);
        });
        this.clock = clock;
        from.set(LocalDate.now(clock).minusDays(30));
        List<javafx.beans.Observable> filters = List.of(from, to, staffNo, action, text);
        filters.forEach(f -> f.addListener(x -> refresh()));
    }

    public void signedIn(Actor actor) {
        gate.signedIn(actor);
    }

    public void forgetApproval() {
        gate.close();
    }

    public void askManager() {
        gate.askManager();
    }

    public AuditFilter filter() {
        return new AuditFilter(Optional.ofNullable(from.get()), Optional.ofNullable(to.get()),
                Optional.ofNullable(staffNo.get()).filter(s -> !s.isBlank()), Optional.ofNullable(action.get()),
                Optional.ofNullable(text.get()).filter(s -> !s.isBlank()), AuditFilter.DEFAULT_LIMIT);
    }

    /** Lists the entries matching the filters, newest first; a stale answer is dropped. */
    public void refresh() {
        if (gate.manager().isEmpty()) {
            return;
        }
        long mine = ++generation;
        AuditFilter filter = filter();
        tasks.run(() -> audit.list(filter), found -> {
            if (mine == generation) {
                entries.setAll(found);
            }
        }, error::set);
    }

    /** Walks the whole chain. */
    public void verify() {
        if (gate.manager().isEmpty()) {
            return;
        }
        tasks.run(audit::verify, check::set, error::set);
    }

    /** Writes the entries matching the filters to a CSV file, and records the export. */
    public void export(Path file, Consumer<Integer> done) {
        if (gate.manager().isEmpty()) {
            return;
        }
        Actor by = gate.manager().get();
        AuditFilter filter = filter().withLimit(Integer.MAX_VALUE);
        tasks.run(() -> {
            List<AuditEntry> all = audit.list(filter);
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                AuditLog.writeCsv(all, out, clock.getZone());
            }
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            audit.append(by, AuditAction.AUDIT_EXPORTED, file.getFileName().toString(), Map.of("path", file.toString(),
                    "entries", all.size()));
            return all.size();
        }, count -> {
            refresh();
            done.accept(count);
        }, error::set);
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty staffNoProperty() {
        return staffNo;
    }

    public ObjectProperty<AuditAction> actionProperty() {
        return action;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<AuditEntry> entries() {
        return entries;
    }

    public ReadOnlyObjectProperty<AuditCheck> checkProperty() {
        return check.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty authorizedProperty() {
        return gate.openProperty();
    }

    public ReadOnlyObjectProperty<Throwable> errorProperty() {
        return error.getReadOnlyProperty();
    }
}
