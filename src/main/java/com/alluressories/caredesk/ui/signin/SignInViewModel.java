package com.alluressories.caredesk.ui.signin;

import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.Session;
import com.alluressories.caredesk.staff.SignIn;
import com.alluressories.caredesk.staff.StaffException;
import com.alluressories.caredesk.staff.StaffRules;
import com.alluressories.caredesk.staff.StaffService;
import com.alluressories.caredesk.ui.ErrorWords;
import com.alluressories.caredesk.ui.I18n;
import com.alluressories.caredesk.ui.TaskRunner;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The lock screen: sign in with a staff number and PIN, or — on a shop with no manager yet — set
 * up the first manager. Messages are keys with arguments, worded by the view in its language.
 */
public final class SignInViewModel {
    public enum Mode { SIGN_IN, FIRST_MANAGER }

    /**
     * What to tell the person at the lock screen: a message key and its arguments. An error that
     * stopped the sign-in is kept as it is (as the argument of {@code signin.error}) and worded only
     * when shown, in the window's language.
     */
    public record Message(String key, Object... args) {
        static Message error(Throwable error) {
            return new Message("signin.error", error);
        }

        /** The message in the window's language; an error among its arguments is worded by {@link ErrorWords}. */
        public String words(I18n i18n) {
            Object[] worded = args.clone();
            for (int i = 0; i < worded.length; i++) {
                if (worded[i] instanceof Throwable error) {
                    worded[i] = ErrorWords.of(i18n, error);
                }
            }
            return i18n.get(key, worded);
        }
    }

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final Supplier<StaffService> staff;
    private final Supplier<Session> session;
    private final TaskRunner tasks;
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.SIGN_IN);
    private final StringProperty staffNo = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty pin = new SimpleStringProperty("");
    private final StringProperty pinAgain = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Message> message = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public SignInViewModel(StaffService staff, Session session, TaskRunner tasks) {
        this(() -> staff, () -> session, tasks);
    }

    /**
     * For a lock screen shown before the store is open: {@code staff} may wait until it is, and is
     * only asked off the window's thread; {@code session} is asked once a task has had the staff.
     */
    public SignInViewModel(Supplier<StaffService> staff, Supplier<Session> session, TaskRunner tasks) {
        this.staff = staff;
        this.session = session;
        this.tasks = tasks;
    }

    /** Asks the store whether a manager exists: if none, the first one is set up before anything else. */
    public void prepare(Runnable ready) {
        tasks.run(() -> staff.get().hasManager(), has -> {
            mode.set(has ? Mode.SIGN_IN : Mode.FIRST_MANAGER);
            ready.run();
        }, error -> {
            message.set(Message.error(error));
            ready.run();
        });
    }

    /** Signs in off the FX thread; {@code signedIn} gets the actor. The PIN field is cleared whatever happens. */
    public void signIn(Consumer<Actor> signedIn) {
        if (busy.get()) {
            return;
        }
        String number = staffNo.get();
        String typed = pin.get();
        pin.set("");
        if (number.isBlank()) {
            message.set(new Message("signin.needStaffNo"));
            return;
        }
        busy.set(true);
        tasks.run(() -> staff.get().signIn(number, typed), result -> {
            busy.set(false);
            if (result.ok()) {
                Actor actor = result.actor().orElseThrow();
                session.get().signIn(actor);
                message.set(null);
                staffNo.set("");
                signedIn.accept(actor);
            } else {
                message.set(refusal(result));
            }
        }, error -> {
            busy.set(false);
            message.set(Message.error(error));
        });
    }

    /** How a refused sign-in (or approval) is told. */
    public static Message refusal(SignIn result) {
        return switch (result.outcome()) {
            case WRONG_PIN -> new Message("signin.wrongPin", result.triesLeft());
            case LOCKED -> new Message("signin.locked", result.lockedUntil().map(HH_MM::format).orElse(""));
            case UNKNOWN_STAFF -> new Message("signin.unknown");
            case INACTIVE -> new Message("signin.inactive");
            case NOT_MANAGER -> new Message("approval.notManager");
            case SIGNED_IN -> null;
        };
    }

    /** Sets up the first manager (both PINs must match) and signs them in. */
    public void createFirstManager(Consumer<Actor> signedIn) {
        if (busy.get()) {
            return;
        }
        if (!pin.get().equals(pinAgain.get())) {
            message.set(new Message("signin.first.pinsDiffer"));
            pinAgain.set("");
            return;
        }
        try {
            StaffRules.validate(staffNo.get(), name.get(), pin.get());
        } catch (StaffException e) {
            message.set(new Message(e.key(), e.args()));
            return;
        }
        String number = staffNo.get();
        String fullName = name.get();
        String typed = pin.get();
        busy.set(true);
        tasks.run(() -> staff.get().createFirstManager(number, fullName, typed), actor -> {
            busy.set(false);
            pin.set("");
            pinAgain.set("");
            name.set("");
            staffNo.set("");
            mode.set(Mode.SIGN_IN);
            session.get().signIn(actor);
            message.set(null);
            signedIn.accept(actor);
        }, error -> {
            busy.set(false);
            message.set(error instanceof StaffException s ? new Message(s.key(), s.args()) : Message.error(error));
        });
    }

    /** Signs out (the window locks): whoever comes next signs in with their own PIN. */
    public void lock(String why) {
        session.get().current().ifPresent(actor -> tasks.run(() -> {
            staff.get().recordLock(actor, why);
            return null;
        }, ok -> { }, error -> { }));
        session.get().signOut();
        message.set(null);
        pin.set("");
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public StringProperty staffNoProperty() {
        return staffNo;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty pinProperty() {
        return pin;
    }

    public StringProperty pinAgainProperty() {
        return pinAgain;
    }

    public ReadOnlyObjectProperty<Message> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
