package com.alluressories.caredesk.ui.shell;

import com.alluressories.caredesk.claim.ClaimSummary;
import com.alluressories.caredesk.policy.Verdict;
import com.alluressories.caredesk.ticket.Ticket;
import com.alluressories.caredesk.ui.TaskRunner;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A saved claim on its way to its repair ticket: the date promised to the customer (a week for a
 * warranty repair, two otherwise, never before today), then the ticket opened off the FX thread.
 */
public final class OpenTicketViewModel {
    /** Opens the claim's ticket with the promised date (the ticket service, with the shop's code). */
    @FunctionalInterface
    public interface Opener {
        Ticket open(ClaimSummary claim, LocalDate promised);
    }

    static final int WARRANTY_DAYS = 7;
    static final int OTHER_DAYS = 14;

    private final ClaimSummary claim;
    private final LocalDate today;
    private final Opener opener;
    private final TaskRunner tasks;
    private final ObjectProperty<LocalDate> promised = new SimpleObjectProperty<>();

    public OpenTicketViewModel(ClaimSummary claim, LocalDate today, Opener opener, TaskRunner tasks) {
        this.claim = claim;
        this.today = today;
        this.opener = opener;
        this.tasks = tasks;
        promised.set(today.plusDays(claim.finalVerdict() == Verdict.WARRANTY_REPAIR ? WARRANTY_DAYS : OTHER_DAYS));
    }

    public ClaimSummary claim() {
        return claim;
    }

    /** The date as staff set it in the picker (empty when they cleared it). */
    public ObjectProperty<LocalDate> promisedProperty() {
        return promised;
    }

    /** The date the ticket gets: the one chosen, or today when none is chosen or it is already past. */
    public LocalDate promisedDate() {
        LocalDate date = promised.get();
        return date == null || date.isBefore(today) ? today : date;
    }

    /** Opens the ticket; the result (or the refusal) comes back on the FX thread. */
    public void open(Consumer<Ticket> onOpened, Consumer<Throwable> onError) {
        LocalDate date = promisedDate();
        tasks.run(() -> opener.open(claim, date), onOpened, onError);
    }
}
