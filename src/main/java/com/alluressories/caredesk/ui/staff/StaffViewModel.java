package com.alluressories.caredesk.ui.staff;

import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.IdleLockSetting;
import com.alluressories.caredesk.staff.Permission;
import com.alluressories.caredesk.staff.Role;
import com.alluressories.caredesk.staff.Staff;
import com.alluressories.caredesk.staff.StaffService;
import com.alluressories.caredesk.ui.ManagerApproval;
import com.alluressories.caredesk.ui.ManagerGate;
import com.alluressories.caredesk.ui.TaskRunner;
import java.time.Duration;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
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
    private final ObservableList<Staff> list = FXCollections.observableArrayList();
    private final ObjectProperty<Duration> idleLock = new SimpleObjectProperty<>(IdleLockSetting.DEFAULT);
    private final ReadOnlyObjectWrapper<Throwable> error = new ReadOnlyObjectWrapper<>();
    private final ManagerGate gate;

    public StaffViewModel(StaffService staff, TaskRunner tasks, ManagerApproval approval) {
        this.staff = staff;
        this.tasks = tasks;
        this.gate = new ManagerGate(Permission.EDIT_STAFF, approval, this::refresh, list::clear);
    }

    /** Someone signed in: a manager sees the screen at once. */
    public void signedIn(Actor actor) {
        gate.signedIn(actor);
    }

    /** The window locked: the screen closes again. */
    public void forgetApproval() {
        gate.close();
    }

    /** A member of staff asks a manager to open the screen (for this visit). */
    public void askManager() {
        gate.askManager();
    }

    public void refresh() {
        if (gate.manager().isEmpty()) {
            return;
        }
        tasks.run(staff::list, list::setAll, error::set);
    }

    public void loadIdleLock() {
        tasks.run(staff::idleLock, idleLock::set, error::set);
    }

    public void add(String staffNo, String name, Role role, String pin, Runnable done) {
        change(by -> staff.add(by, staffNo, name, role, pin), done);
    }

    public void setActive(Staff member, boolean active) {
        change(by -> staff.setActive(by, member.staffNo(), active), () -> { });
    }

    public void resetPin(Staff member, String pin, Runnable done) {
        change(by -> {
            staff.resetPin(by, member.staffNo(), pin);
            return null;
        }, done);
    }

    public void setIdleLock(int minutes, Runnable done) {
        Duration wanted = Duration.ofMinutes(minutes);
        change(by -> {
            staff.setIdleLock(by, wanted);
            return null;
        }, () -> {
            idleLock.set(wanted);
            done.run();
        });
    }

    /** A change made as the manager the gate holds, off the FX thread. */
    private void change(Change work, Runnable done) {
        Optional<Actor> by = gate.manager();
        if (by.isEmpty()) {
            return;
        }
        error.set(null);
        tasks.run(() -> work.apply(by.get()), ok -> {
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
        return gate.openProperty();
    }

    @FunctionalInterface
    private interface Change {
        Object apply(Actor by) throws Exception;
    }

    public ReadOnlyObjectProperty<Throwable> errorProperty() {
        return error.getReadOnlyProperty();
    }
}
