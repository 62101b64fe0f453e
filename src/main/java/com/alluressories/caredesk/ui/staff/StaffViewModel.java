package com.alluressories.caredesk.ui.staff;

import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.Permission;
import com.alluressories.caredesk.staff.Role;
import com.alluressories.caredesk.staff.Staff;
import com.alluressories.caredesk.staff.StaffService;
import com.alluressories.caredesk.ui.ManagerApproval;
import com.alluressories.caredesk.ui.TaskRunner;
import java.time.Duration;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The staff screen: a manager's. Open to a signed-in manager, or for this visit once a manager
 * approves on the spot (both names then go on every change). Every change is off the FX thread.
 */
public final class StaffViewModel {
    private final StaffService staff;
    private final TaskRunner tasks;
    private final ManagerApproval approval;
    private final ObservableList<Staff> list = FXCollections.observableArrayList();
    private final ObjectProperty<Duration> idleLock = new SimpleObjectProperty<>(StaffService.DEFAULT_IDLE_LOCK);
    private final ReadOnlyBooleanWrapper authorized = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Throwable> error = new ReadOnlyObjectWrapper<>();
    private Actor manager;

    public StaffViewModel(StaffService staff, TaskRunner tasks, ManagerApproval approval) {
        this.staff = staff;
        this.tasks = tasks;
        this.approval = approval;
    }

    /** Someone signed in: a manager sees the screen at once. */
    public void signedIn(Actor actor) {
        forgetApproval();
        if (actor.holds(Permission.EDIT_STAFF)) {
            manager = actor;
            authorized.set(true);
            refresh();
        }
    }

    /** The window locked: the screen closes again. */
    public void forgetApproval() {
        manager = null;
        authorized.set(false);
        list.clear();
    }

    /** A member of staff asks a manager to open the screen (for this visit). */
    public void askManager() {
        approval.request(Permission.EDIT_STAFF, by -> {
            manager = by;
            authorized.set(true);
            refresh();
        });
    }

    public void refresh() {
        if (manager == null) {
            return;
        }
        tasks.run(staff::list, list::setAll, error::set);
    }

    public void loadIdleLock() {
        tasks.run(staff::idleLock, idleLock::set, error::set);
    }

    public void add(String staffNo, String name, Role role, String pin, Runnable done) {
        change(() -> staff.add(manager, staffNo, name, role, pin), done);
    }

    public void setActive(Staff member, boolean active) {
        change(() -> staff.setActive(manager, member.staffNo(), active), () -> { });
    }

    public void resetPin(Staff member, String pin, Runnable done) {
        change(() -> {
            staff.resetPin(manager, member.staffNo(), pin);
            return null;
        }, done);
    }

    public void setIdleLock(int minutes, Runnable done) {
        Duration wanted = Duration.ofMinutes(minutes);
        change(() -> {
            staff.setIdleLock(manager, wanted);
            return null;
        }, () -> {
            idleLock.set(wanted);
            done.run();
        });
    }

    private void change(Callable<?> work, Runnable done) {
        if (manager == null) {
            return;
        }
        error.set(null);
        tasks.run(work, ok -> {
            refresh();
            done.run();
        }, error::set);
    }

    public ObservableList<Staff> staff() {
        return list;
    }

    public ReadOnlyObjectProperty<Duration> idleLockProperty() {
        return idleLock;
    }

    public ReadOnlyBooleanProperty authorizedProperty() {
        return authorized.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Throwable> errorProperty() {
        return error.getReadOnlyProperty();
    }
}
