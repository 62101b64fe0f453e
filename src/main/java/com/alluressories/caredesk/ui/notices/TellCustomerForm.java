package com.alluressories.caredesk.ui.notices;

import com.alluressories.caredesk.notice.Notice;
import com.alluressories.caredesk.notice.NoticeKind;
import com.alluressories.caredesk.notice.NoticeService;
import com.alluressories.caredesk.notice.NoticeWay;
import com.alluressories.caredesk.text.Bundles;
import com.alluressories.caredesk.ui.TaskRunner;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * "Tell the customer" for one ticket: which message (the kinds the ticket is due), in which
 * language (the customer's to start with), the message as it will be sent, and how staff sent it.
 * Nothing is recorded until staff confirm how they sent it.
 */
public final class TellCustomerForm {
    private final NoticeService notices;
    private final TaskRunner tasks;
    private final String ticketNo;
    private final List<NoticeKind> kinds;
    private final ObjectProperty<NoticeKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Throwable> problem = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<NoticeWay> way = new SimpleObjectProperty<>();
    private long generation;

    /**
     * @param kinds the messages this ticket can be given now, the one due first
     * @param customerLanguage the customer's language, else chosen from their name
     */
    public TellCustomerForm(NoticeService notices, TaskRunner tasks, String ticketNo, List<NoticeKind> kinds,
                            Optional<Locale> customerLanguage) {
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("no message to give for " + ticketNo);
        }
        this.notices = notices;
        this.tasks = tasks;
        this.ticketNo = ticketNo;
        this.kinds = List.copyOf(kinds);
        kind.set(kinds.get(0));
        language.set(customerLanguage.orElse(null));
        kind.addListener((obs, old, now) -> compose());
        language.addListener((obs, old, now) -> compose());
        compose();
    }

    /** Composes the message for the kind and language chosen, off the FX thread; a stale answer is dropped. */
    private void compose() {
        long mine = ++generation;
        NoticeKind k = kind.get();
        Optional<Locale> lang = Optional.ofNullable(language.get());
        tasks.run(() -> notices.compose(ticketNo, k, lang), composed -> {
            if (mine == generation) {
                problem.set(null);
                notice.set(composed);
                if (language.get() == null) {
                    language.set(composed.language()); // shows which language was chosen for the customer
                }
            }
        }, error -> {
            if (mine == generation) {
                notice.set(null);
                problem.set(error);
            }
        });
    }

    /** Staff confirm they sent the message shown, and how: it goes on the ticket's history and the audit trail. */
    public void confirm(Runnable done, Consumer<Throwable> failed) {
        Notice sent = notice.get();
        NoticeWay how = way.get();
        if (sent == null || how == null) {
            throw new IllegalStateException("nothing to confirm: " + sent + " " + how);
        }
        tasks.run(() -> {
            notices.record(sent, how);
            return sent;
        }, recorded -> done.run(), failed);
    }

    /** True when a message is shown and staff said how they sent it. */
    public boolean canConfirm() {
        return notice.get() != null && way.get() != null;
    }

    public List<NoticeKind> kinds() {
        return kinds;
    }

    public List<Locale> languages() {
        return List.of(Bundles.ENGLISH, Bundles.CHINESE);
    }

    public String ticketNo() {
        return ticketNo;
    }

    public ObjectProperty<NoticeKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Throwable> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ObjectProperty<NoticeWay> wayProperty() {
        return way;
    }
}
