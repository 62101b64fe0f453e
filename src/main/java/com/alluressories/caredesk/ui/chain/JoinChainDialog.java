package com.alluressories.caredesk.ui.chain;

import atlantafx.base.theme.Styles;
import com.alluressories.caredesk.ui.ErrorWords;
import com.alluressories.caredesk.ui.FormDialog;
import com.alluressories.caredesk.ui.I18n;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
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
    private final List<Check> checks;
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
        checks = List.of(new Check(hubUrl, form::hubUrlProblem), new Check(code, form::codeProblem));
        notJoining = form.stateProperty().isNotEqualTo(JoinChainForm.State.JOINING);

        Label intro = new Label(i18n.get("chain.dialog.intro"));
        intro.setWrapText(true);
        intro.setMaxWidth(520);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        row(grid, 0, "chain.dialog.hubUrl", checks.get(0));
        row(grid, 1, "chain.dialog.code", checks.get(1));
        grid.disableProperty().bind(notJoining.not());

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(22, 22);
        Label joiningWords = new Label(i18n.get("chain.dialog.joining"));
        HBox joining = new HBox(10, spinner, joiningWords);
        joining.setId("joinProgress");
        joining.setAlignment(Pos.CENTER_LEFT);
        joining.visibleProperty().bind(notJoining.not());
        joining.managedProperty().bind(joining.visibleProperty());

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
        failure.textProperty().addListener((obs, old, now) -> Platform.runLater(this::fit));

        content = new VBox(12, intro, grid, joining, failure);
        content.setId("joinChainForm");
        form.stateProperty().addListener((obs, old, now) -> {
            if (now == JoinChainForm.State.JOINED) {
                Platform.runLater(this::close);
            } else if (now == JoinChainForm.State.EDITING && form.failureProperty().get() != null) {
                Platform.runLater(() -> focus(code));
            }
        });
    }

    private void row(GridPane grid, int row, String labelKey, Check check) {
        Label label = new Label(i18n.get(labelKey));
        label.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setValignment(label, VPos.TOP);
        label.minHeightProperty().bind(check.field.heightProperty());
        grid.add(label, 0, row);
        grid.add(new VBox(2, check.field, check.words), 1, row);
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
        checks.forEach(c -> c.touched = true);
        showProblems();
        if (!form.join()) {
            checks.stream().filter(c -> c.problem.get().isPresent()).findFirst().ifPresent(c -> focus(c.field));
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
        boolean resized = false;
        for (Check c : checks) {
            resized |= c.show();
        }
        if (resized) {
            Platform.runLater(this::fit);
        }
    }

    private static void focus(TextField field) {
        field.requestFocus();
        field.selectAll(); // typing again replaces what was wrong
    }

    private void fit() {
        if (content.getScene() != null && content.getScene().getWindow() != null) {
            content.getScene().getWindow().sizeToScene();
        }
    }

    /** One checked field, its problem's words under it, and whether it has been typed in or left. */
    private final class Check {
        private final TextField field;
        private final Supplier<Optional<String>> problem;
        private final Label words = new Label();
        private boolean touched;

        Check(TextField field, Supplier<Optional<String>> problem) {
            this.field = field;
            this.problem = problem;
            words.getStyleClass().add("field-error");
            words.setWrapText(true);
            words.setMinHeight(Region.USE_PREF_SIZE);
            words.setMinWidth(0);
            words.prefWidthProperty().bind(field.widthProperty());
            words.managedProperty().bind(words.textProperty().isNotEmpty());
            words.visibleProperty().bind(words.managedProperty());
            field.textProperty().addListener(o -> {
                touched = true;
                showProblems();
            });
            field.focusedProperty().addListener((obs, was, now) -> {
                // Left for the other field: touched. Not for OK or Cancel, whose press says it all.
                if (was && !now && field.getScene() != null && inForm(field.getScene().getFocusOwner())) {
                    touched = true;
                    showProblems();
                }
            });
        }

        /** Shows the problem if touched; true when the words appeared or went. */
        boolean show() {
            Optional<String> found = touched ? problem.get() : Optional.empty();
            field.pseudoClassStateChanged(Styles.STATE_DANGER, found.isPresent());
            String before = words.getText();
            words.setText(found.map(i18n::get).orElse(""));
            return before.isEmpty() != words.getText().isEmpty();
        }
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
