package com.alluressories.caredesk.ui.chain;

import com.alluressories.caredesk.chain.JoinCode;
import com.alluressories.caredesk.chain.JoinProgress;
import com.alluressories.caredesk.chain.SyncStatus;
import com.alluressories.caredesk.ui.TaskRunner;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "Join the chain" dialog's state: head office's address and the one-time join code, what is
 * wrong with them (message keys), and the join itself, which runs off the window's thread and can
 * take a minute: the form says it is joining, then joined, or why not.
 */
public final class JoinChainForm {
    /** Where the form stands: being filled in, joining (nothing to press but wait), or joined. */
    public enum State { EDITING, JOINING, JOINED }

    /**
     * What joins: head office's address and the code, to the status after (blocking; off the FX
     * thread), telling {@code progress} how far the chain's sales history has arrived.
     */
    @FunctionalInterface
    public interface Joiner {
        SyncStatus join(String hubUrl, JoinCode code, JoinProgress progress) throws Exception;
    }

    /** How far the chain's sales history has arrived: rows received of the rows head office holds. */
    public record Received(long rows, long total) {
        public static final Received NOTHING_YET = new Received(0, 0);
    }

    private final Joiner joiner;
    private final TaskRunner tasks;
    private final Consumer<Joined> joined;
    private final StringProperty hubUrl = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.EDITING);
    private final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>();
    private final ObjectProperty<Received> received = new SimpleObjectProperty<>(Received.NOTHING_YET);

    /** @param joined hears a join that worked, on the FX thread (even once the dialog is closed) */
    public JoinChainForm(Joiner joiner, TaskRunner tasks, Consumer<Joined> joined) {
        this.joiner = joiner;
        this.tasks = tasks;
        this.joined = joined;
    }

    /** What is wrong with the address typed: it must be an http or https address with a host. */
    public Optional<String> hubUrlProblem() {
        String typed = hubUrl.get() == null ? "" : hubUrl.get().strip();
        if (typed.isEmpty()) {
            return Optional.of("chain.dialog.addressMissing");
        }
        try {
            URI uri = new URI(typed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && uri.getHost() != null ? Optional.empty() : Optional.of("chain.dialog.badAddress");
        } catch (URISyntaxException e) {
            return Optional.of("chain.dialog.badAddress");
        }
    }

    /** What is wrong with the code typed: it must read as a join code (any case, spaces around it). */
    public Optional<String> codeProblem() {
        String typed = code.get() == null ? "" : code.get().strip();
        if (typed.isEmpty()) {
            return Optional.of("chain.dialog.codeMissing");
        }
        return JoinCode.parse(typed).isPresent() ? Optional.empty() : Optional.of("chain.dialog.badCode");
    }

    /** Every problem that keeps OK from joining, field by field in the form's order. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        hubUrlProblem().ifPresent(problems::add);
        codeProblem().ifPresent(problems::add);
        return problems;
    }

    /**
     * Joins with what was typed, when it holds and no join is under way: false otherwise. The
     * outcome comes back on the FX thread: the form's {@code joined} hears the node's code and the
     * status after; a refusal stays in {@link #failureProperty()} for the form to word.
     */
    public boolean join() {
        if (!problems().isEmpty() || state.get() != State.EDITING) {
            return false;
        }
        String url = hubUrl.get().strip();
        JoinCode joinCode = JoinCode.parse(code.get()).orElseThrow();
        failure.set(null);
        received.set(Received.NOTHING_YET);
        state.set(State.JOINING);
        JoinProgress progress = (rows, total) -> tasks.later(() -> received.set(new Received(rows, total)));
        tasks.run(() -> joiner.join(url, joinCode, progress), status -> {
            state.set(State.JOINED);
            joined.accept(new Joined(joinCode.nodeCode(), status));
        }, error -> {
            failure.set(error);
            state.set(State.EDITING);
        });
        return true;
    }

    /** A join that worked: the code this PC now carries in the chain, and where it stands. */
    public record Joined(String nodeCode, SyncStatus status) {
    }

    public StringProperty hubUrlProperty() {
        return hubUrl;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state;
    }

    /** How far the chain's sales history has arrived during this join. */
    public ReadOnlyObjectProperty<Received> receivedProperty() {
        return received;
    }

    /** Why the last join failed (a refusal to word in the window's language); null when none did. */
    public ReadOnlyObjectProperty<Throwable> failureProperty() {
        return failure;
    }
}
