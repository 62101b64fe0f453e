package com.alluressories.caredesk.ui.privacy;

import com.alluressories.caredesk.print.CustomerDataPrintService;
import com.alluressories.caredesk.print.PrinterPort;
import com.alluressories.caredesk.privacy.CorrectionService;
import com.alluressories.caredesk.privacy.CustomerData;
import com.alluressories.caredesk.privacy.CustomerDataService;
import com.alluressories.caredesk.privacy.PurgeResult;
import com.alluressories.caredesk.privacy.PurgeService;
import com.alluressories.caredesk.privacy.RetentionSchedule;
import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.Permission;
import com.alluressories.caredesk.ui.ManagerApproval;
import com.alluressories.caredesk.ui.ManagerGate;
import com.alluressories.caredesk.ui.Printout;
import com.alluressories.caredesk.ui.TaskRunner;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Customer data (F9), for managers: how long customers' data is kept (the retention schedule),
 * what is due for removal now, a customer's data access request answered as a PDF, and a
 * customer's name and phone corrected on every record. Work runs off the FX thread.
 */
public final class CustomerDataViewModel {
    private final PurgeService purge;
    private final CustomerDataService access;
    private final CorrectionService corrections;
    private final TaskRunner tasks;
    private final Supplier<PrinterPort> printers;
    private final ManagerGate gate;
    private final ObjectProperty<Integer> receiptMonths = new SimpleObjectProperty<>(
            RetentionSchedule.DEFAULT.receiptMonths());
    private final ObjectProperty<Integer> closedMonths = new SimpleObjectProperty<>(
            RetentionSchedule.DEFAULT.closedMonths());
    private final ReadOnlyObjectWrapper<PurgeResult> due = new ReadOnlyObjectWrapper<>();
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty newName = new SimpleStringProperty("");
    private final StringProperty newPhone = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObjectProperty<java.time.LocalDate> received = new SimpleObjectProperty<>();
    private final javafx.collections.ObservableList<CustomerDataService.OpenRequest> requests =
            javafx.collections.FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<java.time.LocalDate> today = new ReadOnlyObjectWrapper<>();
    private final java.time.Clock clock;
    private final com.alluressories.caredesk.policy.Policy policy;
    private final ReadOnlyObjectWrapper<Throwable> error = new ReadOnlyObjectWrapper<>();

    /** The schedule in force, what it would remove now, and the requests waiting for an answer. */
    private record Read(RetentionSchedule schedule, PurgeResult due, java.util.List<CustomerDataService.OpenRequest> open) {
    }

    /** A data access request's answer: what was found, and its PDF. */
    private record Answer(CustomerData data, Printout printout) {
    }

    public CustomerDataViewModel(PurgeService purge, CustomerDataService access, CorrectionService corrections,
                                 TaskRunner tasks, ManagerApproval approval, Supplier<PrinterPort> printers,
                                 java.time.Clock clock, com.alluressories.caredesk.policy.Policy policy) {
        this.clock = clock;
        this.policy = policy;
        this.purge = purge;
        this.access = access;
        this.corrections = corrections;
        this.tasks = tasks;
        this.printers = printers;
        this.gate = new ManagerGate(Permission.CHANGE_SETTINGS, approval, this::refresh, () -> due.set(null));
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

    /** Reads the schedule in force and counts what is due for removal now (read only: nothing changes, nothing audited). */
    public void refresh() {
        if (gate.manager().isEmpty()) {
            return;
        }
        error.set(null);
        java.time.LocalDate now = java.time.LocalDate.now(clock);
        today.set(now);
        if (received.get() == null || received.get().isAfter(now)) {
            received.set(now);
        }
        tasks.run(() -> new Read(purge.schedule(), purge.dueNow(), access.openRequests()), read -> {
            receiptMonths.set(read.schedule().receiptMonths());
            closedMonths.set(read.schedule().closedMonths());
            due.set(read.due());
            requests.setAll(read.open());
        }, error::set);
    }

    /** Saves the schedule as set (a manager's; refused outside its limits, with the reason). */
    public void saveSchedule(Runnable saved) {
        Optional<Actor> manager = gate.manager();
        if (manager.isEmpty()) {
            return;
        }
        error.set(null);
        tasks.run(() -> purge.setSchedule(manager.get(), new RetentionSchedule(receiptMonths.get(), closedMonths.get())),
                s -> {
                    saved.run();
                    refresh();
                }, error::set);
    }

    /** Applies the schedule now, as the window does once a day by itself. */
    public void purgeNow(Consumer<PurgeResult> done) {
        if (gate.manager().isEmpty()) {
            return;
        }
        error.set(null);
        tasks.run(() -> purge.purge(false), r -> {
            done.accept(r);
            refresh();
        }, error::set);
    }

    /**
     * True when the phone asked about can be answered for; else says why (before any preview opens:
     * a typing slip is not a document that failed).
     */
    public boolean canAnswer() {
        if (com.alluressories.caredesk.receipt.PhoneNumber.normalize(phone.get()).isPresent()) {
            return true;
        }
        error.set(new com.alluressories.caredesk.privacy.PrivacyException("privacy.access.phone",
                phone.get() == null ? "" : phone.get().strip()));
        return false;
    }

    /** The answer to a data access request, as a PDF to preview, print or save. */
    public void answer(Consumer<CustomerData> found, Consumer<Printout> ready, Consumer<Throwable> failed) {
        if (gate.manager().isEmpty()) {
            return;
        }
        String askedPhone = phone.get();
        Optional<String> askedName = Optional.of(name.get()).filter(n -> !n.isBlank());
        java.time.LocalDate on = received.get() == null ? java.time.LocalDate.now(clock) : received.get();
        previewAnswer(() -> access.look(askedPhone, askedName, on), () -> access.find(askedPhone, askedName, on), found,
                ready, failed);
    }

    /**
     * Makes an answer's PDF from what {@code look} reads (recording nothing) for the preview; the
     * answer is given ({@code give}: audited, a request closed) once it is printed or saved.
     */
    private void previewAnswer(java.util.concurrent.Callable<CustomerData> look, Runnable give,
                               Consumer<CustomerData> found, Consumer<Printout> ready, Consumer<Throwable> failed) {
        error.set(null);
        PrinterPort port = printers.get();
        tasks.run(() -> {
            CustomerData data = look.call();
            byte[] pdf = CustomerDataPrintService.a4(data, policy);
            return new Answer(data, new Printout(pdf, port.names(), () -> {
                give.run();
                return pdf;
            }, port));
        }, made -> {
            found.accept(made.data());
            ready.accept(made.printout());
        }, e -> {
            error.set(e);
            failed.accept(e);
        });
    }

    /** Records the request as received, to answer later: it joins the open requests with its deadline. */
    public void keepOpen(Consumer<CustomerDataService.OpenRequest> kept) {
        if (gate.manager().isEmpty()) {
            return;
        }
        error.set(null);
        String askedPhone = phone.get();
        Optional<String> askedName = Optional.of(name.get()).filter(n -> !n.isBlank());
        java.time.LocalDate on = received.get() == null ? java.time.LocalDate.now(clock) : received.get();
        tasks.run(() -> access.receive(askedPhone, askedName, on), made -> {
            phone.set("");
            name.set("");
            received.set(java.time.LocalDate.now(clock));
            kept.accept(made);
            refresh();
        }, error::set);
    }

    /** Answers an open request (its PDF to preview, print or save); it leaves the open requests. */
    public void answerRequest(CustomerDataService.OpenRequest request, Consumer<CustomerData> found,
                              Consumer<Printout> ready, Consumer<Throwable> failed) {
        if (gate.manager().isEmpty() || request == null) {
            return;
        }
        previewAnswer(() -> access.preview(request.reference()), () -> access.answer(request.reference()), found, ready,
                failed);
    }

    public ObjectProperty<java.time.LocalDate> receivedProperty() {
        return received;
    }

    public javafx.collections.ObservableList<CustomerDataService.OpenRequest> requests() {
        return requests;
    }

    /** The day the open requests' days left count from (set on each refresh). */
    public ReadOnlyObjectProperty<java.time.LocalDate> todayProperty() {
        return today.getReadOnlyProperty();
    }

    /** Corrects the customer's name and phone on every record under the phone (and name) given. */
    public void correct(Consumer<CorrectionService.Corrected> done) {
        if (gate.manager().isEmpty()) {
            return;
        }
        error.set(null);
        String from = phone.get();
        Optional<String> current = Optional.of(name.get()).filter(n -> !n.isBlank());
        String toName = newName.get();
        String toPhone = newPhone.get();
        String why = reason.get();
        tasks.run(() -> corrections.correct(from, current, toName, toPhone, why), made -> {
            newName.set("");
            newPhone.set("");
            reason.set("");
            done.accept(made);
        }, error::set);
    }

    public ObjectProperty<Integer> receiptMonthsProperty() {
        return receiptMonths;
    }

    public ObjectProperty<Integer> closedMonthsProperty() {
        return closedMonths;
    }

    public ReadOnlyObjectProperty<PurgeResult> dueProperty() {
        return due.getReadOnlyProperty();
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public StringProperty newPhoneProperty() {
        return newPhone;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ReadOnlyObjectProperty<Throwable> errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty authorizedProperty() {
        return gate.openProperty();
    }
}
