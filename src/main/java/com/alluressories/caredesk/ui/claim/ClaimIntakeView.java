package com.alluressories.caredesk.ui.claim;

import com.alluressories.caredesk.claim.ClaimProblem;
import com.alluressories.caredesk.claim.ClaimSummary;
import com.alluressories.caredesk.claim.Photo;
import com.alluressories.caredesk.policy.Clause;
import com.alluressories.caredesk.policy.Metal;
import com.alluressories.caredesk.policy.Verdict;
import com.alluressories.caredesk.ui.Converters;
import com.alluressories.caredesk.ui.DialogService;
import com.alluressories.caredesk.ui.ErrorWords;
import com.alluressories.caredesk.ui.I18n;
import com.alluressories.caredesk.ui.Screen;
import com.alluressories.caredesk.ui.ScreenView;
import com.alluressories.caredesk.ui.Subscriptions;
import com.alluressories.caredesk.ui.ViewLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Claim intake: the form on the left (item, customer, complaint, findings, notes, photos), the
 * policy's decision on the right, live with every tick, then the terms, an optional manager
 * override, and Save (Ctrl+S).
 */
public final class ClaimIntakeView implements ScreenView {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    @FXML private Label sourceLabel;
    @FXML private Button cancelClaimButton;
    @FXML private VBox emptyState;
    @FXML private Button findReceiptButton;
    @FXML private HBox claimPane;
    @FXML private ScrollPane formScroll;
    @FXML private Label itemLabel;
    @FXML private GridPane walkInPane;
    @FXML private TextField descriptionField;
    @FXML private ComboBox<Metal> metalBox;
    @FXML private FlowPane stonesPane;
    @FXML private TextField customerNameField;
    @FXML private Label customerNameError;
    @FXML private TextField customerPhoneField;
    @FXML private Label customerPhoneError;
    @FXML private javafx.scene.control.ComboBox<java.util.Locale> customerLanguageBox;
    @FXML private TextArea complaintArea;
    @FXML private Label complaintError;
    @FXML private VBox findingsBox;
    @FXML private TextArea notesArea;
    @FXML private FlowPane photoPane;
    @FXML private Label photoError;
    @FXML private Label verdictLabel;
    @FXML private Label warrantyLabel;
    @FXML private VBox flagsBox;
    @FXML private VBox earlierBox;
    @FXML private CheckBox overrideCheck;
    @FXML private GridPane overridePane;
    @FXML private ComboBox<Verdict> overrideVerdictBox;
    @FXML private TextArea overrideReasonArea;
    @FXML private VBox termsBox;
    @FXML private CheckBox termsCheck;
    @FXML private Label missingLabel;
    @FXML private Button saveButton;

    static final KeyCode TERMS_KEY = KeyCode.T;
    private final ClaimIntakeViewModel model;
    private final I18n i18n;
    private final Consumer<Screen> navigate;
    private final DialogService dialogs;
    private final Consumer<ClaimSummary> afterSave;
    private final Parent root;
    private final Subscriptions subs = new Subscriptions();
    private FindingsChecklist findings;
    private DecisionPanel decision;
    private PhotoStrip photos;
    private CustomerForm customer;
    private ItemPanel item;

    /** @param afterSave where a saved claim goes next: its repair ticket */
    public ClaimIntakeView(ClaimIntakeViewModel model, I18n i18n, Consumer<Screen> navigate, DialogService dialogs,
                           Consumer<ClaimSummary> afterSave) {
        this.model = model;
        this.i18n = i18n;
        this.navigate = navigate;
        this.dialogs = dialogs;
        this.afterSave = afterSave;
        this.root = ViewLoader.load(this, i18n.bundle());
        photos.acceptDroppedPhotos(root);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                save();
                e.consume();
            } else {
                counterKey(e);
            }
        });
    }

    @FXML
    private void initialize() {
        customer = new CustomerForm(model, i18n, customerNameField, customerNameError, customerPhoneField,
                customerPhoneError);
        // Asked at intake, kept on the claim: the language the customer's messages and letters are in.
        customerLanguageBox.getItems().setAll(I18n.LOCALES);
        customerLanguageBox.setConverter(com.alluressories.caredesk.ui.Converters.showing(
                l -> i18n.get("notices.language." + l.getLanguage())));
        customerLanguageBox.valueProperty().bindBidirectional(model.customerLanguageProperty());
        decision = new DecisionPanel(model, i18n, verdictLabel, warrantyLabel, flagsBox, earlierBox, termsBox);
        photos = new PhotoStrip(model, i18n, photoPane, photoError);
        complaintArea.textProperty().bindBidirectional(model.complaintProperty());
        notesArea.textProperty().bindBidirectional(model.notesProperty());
        overrideReasonArea.textProperty().bindBidirectional(model.overrideReasonProperty());
        overrideCheck.selectedProperty().bindBidirectional(model.overrideOnProperty());
        termsCheck.selectedProperty().bindBidirectional(model.termsAcceptedProperty());
        // Tab moves on from a text area, as from every other field: the whole form works from the keyboard.
        com.alluressories.caredesk.ui.Keyboard.tabMovesOn(complaintArea, notesArea, overrideReasonArea);

        item = new ItemPanel(model, i18n, new ItemPanel.Nodes(sourceLabel, itemLabel, walkInPane, descriptionField,
                metalBox, stonesPane));
        findings = new FindingsChecklist(findingsBox, model, i18n);
        overrideVerdictBox.getItems().setAll(Arrays.stream(Verdict.values())
                .filter(v -> v != Verdict.PENDING_INSPECTION).toList());
        overrideVerdictBox.setConverter(Converters.showing(v -> i18n.get("verdict." + v.name())));
        overrideVerdictBox.valueProperty().bindBidirectional(model.overrideVerdictProperty());
        overridePane.visibleProperty().bind(model.overrideOnProperty());
        overridePane.managedProperty().bind(model.overrideOnProperty());
        saveButton.disableProperty().bind(model.canSaveProperty().not());
        // Nothing to accept before the terms are shown (a walk-in without its metal yet).
        termsCheck.disableProperty().bind(Bindings.isEmpty(model.terms()));

        InvalidationListener refresh = x -> refresh();
        subs.onInvalid(model.modeProperty(), refresh);
        subs.onInvalid(model.decisionProperty(), refresh);
        subs.onInvalid(model.finalVerdictProperty(), refresh);
        subs.onMap(model.problems(), (MapChangeListener<String, ClaimProblem>) c -> showProblems());
        subs.onList(model.terms(), (ListChangeListener<Clause>) c -> decision.showTerms());
        subs.onList(model.photos(), (ListChangeListener<Photo>) c -> photos.showPhotos());
        subs.onList(model.refusedPhotos(), (ListChangeListener<Path>) c -> photos.showRefused());
        subs.onList(model.earlierClaims(), (ListChangeListener<ClaimSummary>) c -> decision.showEarlier());
        refresh();
        decision.showTerms();
        photos.showPhotos();
        decision.showEarlier();
    }

    /**
     * One key per finding, shown on its box (1–9, 0, then letters), and T for "the customer accepts
     * the terms": pressed anywhere in the form, or with Alt while the cursor is in a text field (where
     * a plain key is typed).
     */
    private void counterKey(KeyEvent e) {
        if (model.modeProperty().get() == ClaimIntakeViewModel.Mode.EMPTY || e.isControlDown() || e.isShiftDown()
                || e.isMetaDown() || root.getScene() == null) {
            return;
        }
        boolean typing = root.getScene().getFocusOwner() instanceof TextInputControl;
        if (typing && !e.isAltDown()) {
            return;
        }
        String finding = findings.findingFor(e.getCode()).orElse(null);
        if (finding != null) {
            model.finding(finding).set(!model.finding(finding).get());
            e.consume();
        } else if (e.getCode() == TERMS_KEY && !model.terms().isEmpty()) {
            model.termsAcceptedProperty().set(true);
            e.consume();
        }
    }

    private void refresh() {
        ClaimIntakeViewModel.Mode mode = model.modeProperty().get();
        boolean active = mode != ClaimIntakeViewModel.Mode.EMPTY;
        emptyState.setVisible(!active);
        claimPane.setVisible(active);
        cancelClaimButton.setVisible(active);
        item.show();
        decision.showDecision();
        showProblems();
    }

    private void showProblems() {
        Map<String, ClaimProblem> problems = model.problems();
        customer.showProblems();
        complaintError.setText(problemWords(i18n, problems, "complaint"));
        String missing = problems.entrySet().stream()
                .filter(e -> !List.of("customerName", "customerPhone", "complaint").contains(e.getKey()))
                .map(e -> i18n.get("claim.error." + e.getKey() + "." + e.getValue().name().toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining("\n"));
        missingLabel.setText(missing);
    }

    /** A field's problem in words ("" when there is none). */
    static String problemWords(I18n i18n, Map<String, ClaimProblem> problems, String field) {
        ClaimProblem problem = problems.get(field);
        return problem == null ? "" : i18n.get("claim.error." + field + "." + problem.name().toLowerCase(Locale.ROOT));
    }

    @FXML
    private void choosePhotos() {
        photos.choosePhotos();
    }

    @FXML
    private void save() {
        if (!model.canSaveProperty().get()) {
            return;
        }
        model.save(afterSave, error -> dialogs.showError(i18n.get("claim.saveFailed"), ErrorWords.of(i18n, error)));
    }

    @FXML
    private void cancelClaim() {
        if (dialogs.confirm(i18n.get("claim.cancel"), i18n.get("claim.cancel.confirm"))) {
            model.clear();
            navigate.accept(Screen.LOOKUP);
        }
    }

    @FXML
    private void findReceipt() {
        navigate.accept(Screen.LOOKUP);
    }

    @FXML
    private void startWalkIn() {
        model.startWalkIn();
        focusMainField();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void focusMainField() {
        switch (model.modeProperty().get()) {
            case EMPTY -> findReceiptButton.requestFocus();
            case WALK_IN -> descriptionField.requestFocus();
            case RECEIPT -> complaintArea.requestFocus();
        }
    }

    @Override
    public void dispose() {
        subs.dispose();
    }
}
