package com.alluressories.caredesk.ui.notices;

import com.alluressories.caredesk.notice.Notice;
import com.alluressories.caredesk.notice.NoticeKind;
import com.alluressories.caredesk.notice.NoticeService;
import com.alluressories.caredesk.staff.Permission;
import com.alluressories.caredesk.ticket.Ticket;
import com.alluressories.caredesk.ticket.TicketState;
import com.alluressories.caredesk.ui.ManagerApproval;
import com.alluressories.caredesk.ui.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Customers to tell screen (F8): who is due a message today at this shop, and every piece
 * ready and never collected with where it stands under Cap. 294 — the notice of intention to sell
 * by registered post, a dispute and its settlement, and (for a manager) the disposal.
 */
public final class CustomersToTellViewModel {
    private final NoticeService notices;
    private final TaskRunner tasks;
    private final ManagerApproval approval;
    private final Supplier<Optional<String>> shopCode;
    private final ObservableList<NoticeService.Due> due = FXCollections.observableArrayList();
    private final ObservableList<NoticeService.Uncollected> uncollected = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Throwable> error = new ReadOnlyObjectWrapper<>();
    private long generation;

    /** @param shopCode this PC's shop, whose customers the worklist holds (every shop when there is none) */
    public CustomersToTellViewModel(NoticeService notices, TaskRunner tasks, ManagerApproval approval,
                            Supplier<Optional<String>> shopCode) {
        this.notices = notices;
        this.tasks = tasks;
        this.approval = approval;
        this.shopCode = shopCode;
    }

    private record Lists(List<NoticeService.Due> due, List<NoticeService.Uncollected> uncollected) {
    }

    /** Reads both lists again, off the FX thread; a stale answer is dropped. */
    public void refresh() {
        long mine = ++generation;
        Optional<String> shop = shopCode.get();
        tasks.run(() -> new Lists(notices.toTell(shop), notices.uncollected()), lists -> {
            if (mine == generation) {
                due.setAll(lists.due());
                uncollected.setAll(lists.uncollected());
            }
        }, error::set);
    }

    /** A form to tell the customer of this ticket, the message due first. */
    public TellCustomerForm tell(Ticket ticket, Optional<NoticeKind> dueKind) {
        return new TellCustomerForm(notices, tasks, ticket.ticketNo(), kindsFor(ticket, dueKind), Optional.empty());
    }

    /** The messages a ticket can be given by "Tell the customer": what its state allows, the one due first. */
    public static List<NoticeKind> kindsFor(Ticket ticket, Optional<NoticeKind> dueKind) {
        List<NoticeKind> kinds = new ArrayList<>();
        dueKind.filter(k -> k != NoticeKind.INTENTION_TO_SELL).ifPresent(kinds::add);
        List<NoticeKind> allowed = ticket.state() == TicketState.QUOTED ? List.of(NoticeKind.QUOTE)
                : ticket.state() == TicketState.READY_FOR_PICKUP ? List.of(NoticeKind.READY, NoticeKind.REMINDER)
                : List.of();
        allowed.stream().filter(k -> !kinds.contains(k)).forEach(kinds::add);
        return kinds;
    }

    /** The notice of intention to sell for a piece, in a language (the customer's when empty). */
    public void intention(String ticketNo, Optional<Locale> language, java.util.function.Consumer<Notice> composed) {
        tasks.run(() -> notices.compose(ticketNo, NoticeKind.INTENTION_TO_SELL, language), composed, error::set);
    }

    /** Records the notice of intention as posted by registered post today, with its posting reference. */
    public void posted(Notice notice, String postingRef, Runnable done) {
        act(() -> {
            notices.recordIntention(notice, postingRef);
            return null;
        }, done);
    }

    public void dispute(String ticketNo, NoticeService.DisputeAbout about, String note, Runnable done) {
        act(() -> {
            notices.recordDispute(ticketNo, about, note);
            return null;
        }, done);
    }

    public void settle(String ticketNo, String how, Runnable done) {
        act(() -> {
            notices.settleDispute(ticketNo, how);
            return null;
        }, done);
    }

    /** A manager (signed in, or approving now) records the disposal. */
    public void dispose(String ticketNo, String how, Runnable done) {
        approval.request(Permission.DISPOSE_UNCOLLECTED, by -> act(() -> notices.dispose(ticketNo, how,
                Optional.of(by)), done));
    }

    /** A manager (signed in, or approving now) sets the reminder days and the wordings changed. */
    public void saveSettings(String reminderDays, java.util.Map<NoticeKind, java.util.Map<Locale, String>> wordings,
                             Runnable done) {
        approval.request(Permission.CHANGE_SETTINGS, by -> act(() -> {
            notices.settings().setReminderDays(by, reminderDays);
            wordings.forEach((kind, byLanguage) -> byLanguage.forEach((language, wording) ->
                    notices.settings().setTemplate(by, kind, language, wording)));
            return null;
        }, done));
    }

    /** What a manager set, or CareDesk's own wording: what the settings dialog starts from. */
    public String wording(NoticeKind kind, Locale language) {
        return notices.wording(kind, language);
    }

    public String defaultWording(NoticeKind kind, Locale language) {
        return NoticeService.defaultWording(kind, language);
    }

    public String reminderDays() {
        return String.join(", ", notices.settings().reminderDays().stream().map(String::valueOf).toList());
    }

    private <T> void act(Callable<T> work, Runnable done) {
        tasks.run(work, result -> {
            refresh();
            done.run();
        }, error::set);
    }

    public ObservableList<NoticeService.Due> due() {
        return due;
    }

    public ObservableList<NoticeService.Uncollected> uncollected() {
        return uncollected;
    }

    public ReadOnlyObjectProperty<Throwable> errorProperty() {
        return error.getReadOnlyProperty();
    }
}
