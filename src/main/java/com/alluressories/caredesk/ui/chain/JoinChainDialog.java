package com.alluressories.caredesk.ui.chain;

import com.alluressories.caredesk.ui.ErrorWords;
import com.alluressories.caredesk.ui.FieldCheck;
import com.alluressories.caredesk.ui.FormDialog;
import com.alluressories.caredesk.ui.I18n;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * "Join the chain": head office's address ({@code #hubUrlField}) and the join code
 * ({@code #joinCodeField}), each with its problem under it in the danger style once typed in, left
 * or OK pressed. OK starts the join and keeps the dialog open, saying it is joining (the window
 * stays free); a refusal shows under the fields ({@code #joinFailure}); a join that worked closes it.
 */
public final class JoinChainDialog implements FormDialog {
    private final JoinChainForm form;
    private final I18n i18n;
    private final TextField hubUrl = new TextField();
    private final TextField code = new TextField();
    private final List<FieldCheck> checks;
    private final VBox content;
    private final BooleanBinding notJoining;

    public JoinChainDialog(JoinChainForm form, I18n i18n) {
        this.form = form;
        this.i18n = i18n;
        hubUrl.setId("hubUrlField");
        hubUrl.setPromptText("http://10.1.0.5:31415/sync/caredesk-hub");
        hubUrl.setPrefColumnCount(28);
        hubUrl.textProperty().bindBidirectional(form.hubUrlProperty());
        code.setId("joinCodeField");
        code.setPromptText("CWB-K7QF-2MZP-9XTA-HC4D");
        code.setPrefColumnCount(28);
        code.textProperty().bindBidirectional(form.codeProperty());
        checks = List.of(check(hubUrl, () -> form.hubUrlProblem().map(i18n::get)),
                check(code, () -> form.codeProblem().map(i18n::get)));
        notJoining = form.stateProperty().isNotEqualTo(JoinChainForm.State.JOINING);

        Label intro = new Label(i18n.get("chain.dialog.intro"));
        intro.setWrapText(true);
        intro.setMaxWidth(520);
        intro.setMinHeight(Region.USE_PREF_SIZE); // never cut to one line when the joining row shows
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        row(grid, 0, "chain.dialog.hubUrl", checks.get(0));
        row(grid, 1, "chain.dialog.code", checks.get(1));
        grid.disableProperty().bind(notJoining.not());

        ProgressBar spinner = new ProgressBar();
        spinner.setMaxWidth(Double.MAX_VALUE);
        Label joiningWords = new Label();
        joiningWords.setId("joinReceived");
        joiningWords.setWrapText(true);
        joiningWords.setMaxWidth(520);
        joiningWords.setMinHeight(Region.USE_PREF_SIZE);
        // A big chain's sales history takes a while: how far it has got, in rows, once it is coming.
        joiningWords.textProperty().bind(Bindings.createStringBinding(() -> {
            JoinChainForm.Received received = form.receivedProperty().get();
            return received.total() == 0 ? i18n.get("chain.dialog.joining")
                    : i18n.get("chain.dialog.receiving", received.rows(), received.total());
        }, form.receivedProperty()));
        spinner.progressProperty().bind(Bindings.createDoubleBinding(() -> {
            JoinChainForm.Received received = form.receivedProperty().get();
            return received.total() == 0 ? ProgressBar.INDETERMINATE_PROGRESS
                    : (double) received.rows() / received.total();
        }, form.receivedProperty()));
        VBox joining = new VBox(6, spinner, joiningWords);
        joining.setId("joinProgress");
        joining.setAlignment(Pos.TOP_LEFT);
        joining.visibleProperty().bind(notJoining.not());
        joining.managedProperty().bind(joining.visibleProperty());
        joining.visibleProperty().addListener((obs, old, now) -> Platform.runLater(() -> FieldCheck.fit(content())));

        Label failure = new Label();
        failure.setId("joinFailure");
        failure.getStyleClass().add("field-error");
        failure.setWrapText(true);
        failure.setMaxWidth(520);
        failure.setMinHeight(Region.USE_PREF_SIZE);
        failure.textProperty().bind(Bindings.createStringBinding(() -> form.failureProperty().get() == null ? ""
                : ErrorWords.of(i18n, form.failureProperty().get()), form.failureProperty()));
        failure.managedProperty().bind(failure.textProperty().isNotEmpty());
        failure.visibleProperty().bind(failure.managedProperty());
        failure.textProperty().addListener((obs, old, now) -> Platform.runLater(() -> FieldCheck.fit(content())));

        content = new VBox(12, intro, grid, joining, failure);
        content.setId("joinChainForm");
        form.stateProperty().addListener((obs, old, now) -> {
            if (now == JoinChainForm.State.JOINED) {
                Platform.runLater(this::close);
            } else if (now == JoinChainForm.State.EDITING && form.failureProperty().get() != null) {
                Platform.runLater(() -> {
                    code.requestFocus();
                    code.selectAll(); // typing again replaces what was refused
                });
            }
        });
    }

    /** A checked field: typed in, or left for the other field of the form, its problem shows. */
    private FieldCheck check(TextField field, java.util.function.Supplier<Optional<String>> problem) {
        FieldCheck check = new FieldCheck(field, problem);
        field.textProperty().addListener(o -> {
            check.touch();
            showProblems();
        });
        field.focusedProperty().addListener((obs, was, now) -> {
            // Left for the other field: touched. Not for OK or Cancel, whose press says it all.
            if (was && !now && field.getScene() != null && inForm(field.getScene().getFocusOwner())) {
                check.touch();
                showProblems();
            }
        });
        return check;
    }

    private void row(GridPane grid, int row, String labelKey, FieldCheck check) {
        Label label = new Label(i18n.get(labelKey));
        label.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setValignment(label, VPos.TOP);
        label.minHeightProperty().bind(check.field().heightProperty());
        grid.add(label, 0, row);
        grid.add(new VBox(2, check.field(), check.words()), 1, row);
    }

    @Override
    public String title() {
        return i18n.get("chain.dialog.title");
    }

    @Override
    public Node content() {
        return content;
    }

    @Override
    public String okText() {
        return i18n.get("chain.dialog.ok");
    }

    @Override
    public String cancelText() {
        return i18n.get("common.cancel");
    }

    @Override
    public Node firstField() {
        return hubUrl;
    }

    @Override
    public ObservableBooleanValue okAllowed() {
        return notJoining;
    }

    /** OK: closes once joined; otherwise shows what is wrong, or starts the join and stays open. */
    @Override
    public boolean accept() {
        if (form.stateProperty().get() == JoinChainForm.State.JOINED) {
            return true;
        }
        checks.forEach(FieldCheck::touch);
        showProblems();
        if (!form.join()) {
            FieldCheck.focusFirstProblem(checks);
        }
        return false;
    }

    /** The join worked: OK closes the dialog as confirmed. */
    private void close() {
        if (content.getScene() != null && content.getScene().lookup("#dialogOkButton") instanceof Button ok) {
            ok.fire();
        }
    }

    private void showProblems() {
        FieldCheck.showAll(checks, content);
    }



    private boolean inForm(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == content) {
                return true;
            }
        }
        return false;
    }
}
