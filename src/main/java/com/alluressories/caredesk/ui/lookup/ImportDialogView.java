package com.alluressories.caredesk.ui.lookup;

import com.alluressories.caredesk.receipt.ImportProblem;
import com.alluressories.caredesk.receipt.ImportResult;
import com.alluressories.caredesk.ui.ErrorWords;
import com.alluressories.caredesk.ui.I18n;
import com.alluressories.caredesk.ui.ViewLoader;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.stage.Window;

/** The import's progress (with Cancel) and its outcome: what was added, or every problem with its line. */
public final class ImportDialogView {
    @FXML private Label headline;
    @FXML private ProgressBar progressBar;
    @FXML private Label rowsLabel;
    @FXML private ListView<String> problemList;

    private final ReceiptImportViewModel model;
    private final I18n i18n;
    private final Parent root;

    public ImportDialogView(ReceiptImportViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        this.root = ViewLoader.load(this, i18n.bundle());
    }

    /** Opens the dialog, starts the import, and runs {@code afterImport} once it has finished. */
    public void show(Window owner, Path file, Runnable afterImport) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("import.title"));
        dialog.getDialogPane().setContent(root);
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        ButtonType button = new ButtonType(i18n.get("import.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(button);
        Button close = (Button) dialog.getDialogPane().lookupButton(button);
        close.setId("importCloseButton");
        // While the import runs, the button (and closing the window) cancels it; the dialog stays
        // open to say that nothing was stored.
        close.addEventFilter(ActionEvent.ACTION, e -> {
            if (model.runningProperty().get()) {
                model.cancel();
                close.setDisable(true);
                e.consume();
            }
        });
        dialog.setOnCloseRequest(e -> {
            if (model.runningProperty().get()) {
                model.cancel();
                e.consume();
            }
        });
        progressBar.progressProperty().bind(model.progressProperty());
        model.rowsProperty().addListener((obs, old, now) ->
                rowsLabel.setText(i18n.get("import.rows", NumberFormat.getIntegerInstance(i18n.locale()).format(now))));
        headline.setText(i18n.get("import.running", file.getFileName().toString()));
        problemList.setVisible(false);
        problemList.setManaged(false);
        headline.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        headline.setMaxWidth(600);
        model.start(file, () -> {
            showOutcome(file.getFileName().toString());
            // The outcome may bring the list of problems and a longer text: the dialog grows to show them.
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
            close.setText(i18n.get("import.close"));
            close.setDisable(false);
            close.requestFocus();
            afterImport.run();
        });
        dialog.show();
    }

    private void showOutcome(String name) {
        NumberFormat n = NumberFormat.getIntegerInstance(i18n.locale());
        if (model.failureProperty().get() != null) {
            headline.setText(model.refusedAsDemo() ? i18n.get("import.demo")
                    : i18n.get("import.failed", ErrorWords.of(i18n, model.failureProperty().get())));
            headline.getStyleClass().add("warning-text");
            return;
        }
        ImportResult result = model.resultProperty().get();
        if (result.cancelled()) {
            headline.setText(i18n.get("import.cancelled", name));
        } else if (!result.accepted()) {
            headline.setText(i18n.get("import.rejected", name, result.problemCount()));
            headline.getStyleClass().add("warning-text");
            List<String> lines = new java.util.ArrayList<>(result.problems().stream()
                    .map(p -> describe(p)).toList());
            if (result.problemCount() > result.problems().size()) {
                lines.add(i18n.get("import.more", n.format(result.problemCount() - result.problems().size())));
            }
            problemList.getItems().setAll(lines);
            problemList.setVisible(true);
            problemList.setManaged(true);
        } else if (result.nothingNew()) {
            headline.setText(i18n.get("import.nothingNew", name, n.format(result.linesSkipped())));
        } else {
            headline.setText(i18n.get("import.done", name, n.format(result.receiptsAdded()), n.format(result.linesAdded()),
                    n.format(result.linesSkipped()), String.format("%.1f", result.took().toMillis() / 1000.0)));
        }
    }

    private String describe(ImportProblem problem) {
        StringBuilder text = new StringBuilder();
        if (problem.line() > 0) {
            text.append(i18n.get("import.line", String.valueOf(problem.line()))).append(" · ");
        }
        if (problem.column() != null) {
            text.append(problem.column());
            if (problem.value() != null) {
                text.append(" “").append(problem.value()).append('”');
            }
            text.append(": ");
        }
        return text.append(problem.message(i18n.bundle())).toString();
    }

    Node root() {
        return root;
    }
}
