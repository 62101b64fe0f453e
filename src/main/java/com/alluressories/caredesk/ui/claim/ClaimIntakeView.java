package com.alluressories.caredesk.ui.claim;

import com.alluressories.caredesk.ui.Subscriptions;
import com.alluressories.caredesk.claim.ClaimProblem;
import com.alluressories.caredesk.claim.ClaimSummary;
import com.alluressories.caredesk.claim.Photo;
import com.alluressories.caredesk.policy.Clause;
import com.alluressories.caredesk.policy.Decision;
import com.alluressories.caredesk.policy.FindingGroup;
import com.alluressories.caredesk.policy.FindingRule;
import com.alluressories.caredesk.policy.Flag;
import com.alluressories.caredesk.policy.Metal;
import com.alluressories.caredesk.policy.Policy;
import com.alluressories.caredesk.policy.Stone;
import com.alluressories.caredesk.policy.Verdict;
import com.alluressories.caredesk.receipt.Receipt;
import com.alluressories.caredesk.receipt.ReceiptLine;
import com.alluressories.caredesk.ui.Converters;
import com.alluressories.caredesk.ui.DialogService;
import com.alluressories.caredesk.ui.Formats;
import com.alluressories.caredesk.ui.I18n;
import com.alluressories.caredesk.ui.ViewLoader;
import com.alluressories.caredesk.ui.shell.Screen;
import com.alluressories.caredesk.ui.shell.ScreenView;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

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
    private final Map<KeyCode, String> findingKeys = new java.util.LinkedHashMap<>();
    private final ClaimIntakeViewModel model;
    private final I18n i18n;
    private final Consumer<Screen> navigate;
    private final DialogService dialogs;
    private final Consumer<ClaimSummary> afterSave;
    private final Parent root;
    private final Subscriptions subs = new Subscriptions();

    /** @param afterSave where a saved claim goes next: its repair ticket */
    public ClaimIntakeView(ClaimIntakeViewModel model, I18n i18n, Consumer<Screen> navigate, DialogService dialogs,
                           Consumer<ClaimSummary> afterSave) {
        this.model = model;
        this.i18n = i18n;
        this.navigate = navigate;
        this.dialogs = dialogs;
        this.afterSave = afterSave;
        this.root = ViewLoader.load(this, i18n.bundle());
        acceptDroppedPhotos();
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
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
        customerNameField.textProperty().bindBidirectional(model.customerNameProperty());
        customerPhoneField.textProperty().bindBidirectional(model.customerPhoneProperty());
        complaintArea.textProperty().bindBidirectional(model.complaintProperty());
        notesArea.textProperty().bindBidirectional(model.notesProperty());
        descriptionField.textProperty().bindBidirectional(model.descriptionProperty());
        overrideReasonArea.textProperty().bindBidirectional(model.overrideReasonProperty());
        overrideCheck.selectedProperty().bindBidirectional(model.overrideOnProperty());
        termsCheck.selectedProperty().bindBidirectional(model.termsAcceptedProperty());
        // Tab moves on from a text area, as from every other field: the whole form works from the keyboard.
        for (TextArea area : new TextArea[] {complaintArea, notesArea, overrideReasonArea}) {
            area.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                    e.consume();
                    // Ctrl+Tab is a text area's own "next field"; plain Tab does the same here.
                    area.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                            KeyCode.TAB, e.isShiftDown(), true, false, false));
                }
            });
        }

        metalBox.getItems().setAll(Metal.values());
        metalBox.setConverter(Converters.showing(m -> i18n.get("metal." + m.code())));
        metalBox.valueProperty().bindBidirectional(model.metalProperty());
        for (Stone stone : Stone.values()) {
            CheckBox box = new CheckBox(i18n.get("stone." + stone.code()));
            box.setSelected(model.stones().contains(stone));
            box.selectedProperty().addListener((obs, old, on) -> {
                if (on) {
                    model.stones().add(stone);
                } else {
                    model.stones().remove(stone);
                }
            });
            stonesPane.getChildren().add(box);
        }

        buildFindings();
        overrideVerdictBox.getItems().setAll(java.util.Arrays.stream(Verdict.values())
                .filter(v -> v != Verdict.PENDING_INSPECTION).toList());
        overrideVerdictBox.setConverter(Converters.showing(v -> i18n.get("verdict." + v.name())));
        overrideVerdictBox.valueProperty().bindBidirectional(model.overrideVerdictProperty());
        overridePane.visibleProperty().bind(model.overrideOnProperty());
        overridePane.managedProperty().bind(model.overrideOnProperty());
        saveButton.disableProperty().bind(model.canSaveProperty().not());
        // Nothing to accept before the terms are shown (a walk-in without its metal yet).
        termsCheck.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.terms()));

        InvalidationListener refresh = x -> refresh();
        subs.onInvalid(model.modeProperty(), refresh);
        subs.onInvalid(model.decisionProperty(), refresh);
        subs.onInvalid(model.finalVerdictProperty(), refresh);
        subs.onMap(model.problems(), (MapChangeListener<String, ClaimProblem>) c -> showProblems());
        subs.onList(model.terms(), (ListChangeListener<Clause>) c -> showTerms());
        subs.onList(model.photos(), (ListChangeListener<Photo>) c -> showPhotos());
        subs.onList(model.refusedPhotos(), (ListChangeListener<Path>) c -> showRefused());
        subs.onList(model.earlierClaims(), (ListChangeListener<ClaimSummary>) c -> showEarlier());
        refresh();
        showTerms();
        showPhotos();
        showEarlier();
    }

    /**
     * One key per finding, shown on its box (1–9, 0, then letters), and T for "the customer accepts
     * the terms": pressed anywhere in the form, or with Alt while the cursor is in a text field (where
     * a plain key is typed).
     */
    private void counterKey(javafx.scene.input.KeyEvent e) {
        if (model.modeProperty().get() == ClaimIntakeViewModel.Mode.EMPTY || e.isControlDown() || e.isShiftDown()
                || e.isMetaDown() || root.getScene() == null) {
            return;
        }
        boolean typing = root.getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl;
        if (typing && !e.isAltDown()) {
            return;
        }
        String finding = findingKeys.get(e.getCode());
        if (finding != null) {
            model.finding(finding).set(!model.finding(finding).get());
            e.consume();
        } else if (e.getCode() == TERMS_KEY && !model.terms().isEmpty()) {
            model.termsAcceptedProperty().set(true);
            e.consume();
        }
    }

    /** The keys of the findings, in the checklist's order: 1–9, 0, then letters (never T, the terms'). */
    static List<KeyCode> findingKeys(int count) {
        List<KeyCode> keys = new java.util.ArrayList<>(List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3,
                KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9,
                KeyCode.DIGIT0));
        for (char c = 'A'; c <= 'Z' && keys.size() < count; c++) {
            if (c != 'T') {
                keys.add(KeyCode.getKeyCode(String.valueOf(c)));
            }
        }
        return keys.subList(0, Math.min(count, keys.size()));
    }

    private void buildFindings() {
        List<FindingRule> all = model.findingGroups().stream().flatMap(g -> g.findings().stream()).toList();
        List<KeyCode> keys = findingKeys(all.size());
        for (int i = 0; i < keys.size(); i++) {
            findingKeys.put(keys.get(i), all.get(i).code());
        }
        for (FindingGroup group : model.findingGroups()) {
            Label title = new Label(group.label().in(i18n.locale()));
            title.getStyleClass().add("finding-group");
            VBox box = new VBox(4, title);
            for (FindingRule rule : group.findings()) {
                CheckBox tick = new CheckBox(rule.label().in(i18n.locale()));
                tick.setId("finding-" + rule.code());
                tick.selectedProperty().bindBidirectional(model.finding(rule.code()));
                Label hint = new Label(rule.hint().in(i18n.locale()));
                hint.getStyleClass().addAll("muted", "finding-hint");
                hint.setWrapText(true);
                // Its key, on the box: the same in both languages.
                findingKeys.entrySet().stream().filter(k -> k.getValue().equals(rule.code())).findFirst().ifPresent(k -> {
                    Label key = new Label(k.getKey().getName());
                    key.getStyleClass().add("shortcut-hint");
                    key.setId("key-" + rule.code());
                    tick.setGraphic(key);
                    tick.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
                });
                box.getChildren().add(new VBox(0, tick, hint));
            }
            findingsBox.getChildren().add(box);
        }
    }

    private void refresh() {
        ClaimIntakeViewModel.Mode mode = model.modeProperty().get();
        boolean active = mode != ClaimIntakeViewModel.Mode.EMPTY;
        emptyState.setVisible(!active);
        claimPane.setVisible(active);
        cancelClaimButton.setVisible(active);
        boolean walkIn = mode == ClaimIntakeViewModel.Mode.WALK_IN;
        walkInPane.setVisible(walkIn);
        walkInPane.setManaged(walkIn);
        itemLabel.setVisible(!walkIn);
        itemLabel.setManaged(!walkIn);
        Receipt receipt = model.receiptProperty().get();
        ReceiptLine line = model.lineProperty().get();
        if (receipt != null && line != null) {
            sourceLabel.setText(i18n.get("claim.source.receipt", receipt.receiptNo(), line.lineNo()));
            itemLabel.setText(i18n.get("claim.item", line.description(), material(line.metal(), line.stones()),
                    Formats.date(receipt.purchasedAt().toLocalDate(), i18n.locale()), receipt.shopCode(),
                    Formats.money(line.paidPrice()), Formats.money(line.listPrice())));
        } else {
            sourceLabel.setText(walkIn ? i18n.get("claim.source.walkIn") : "");
        }
        showDecision();
        showProblems();
    }

    private void showDecision() {
        Decision decision = model.decisionProperty().get();
        Verdict verdict = model.finalVerdictProperty().get();
        verdictLabel.getStyleClass().removeIf(s -> s.startsWith("verdict-"));
        flagsBox.getChildren().clear();
        if (decision == null) {
            verdictLabel.setText(i18n.get("claim.decision.needsMetal"));
            warrantyLabel.setText("");
            return;
        }
        verdictLabel.setText(i18n.get("verdict." + verdict.name()));
        verdictLabel.getStyleClass().add("verdict-" + verdict.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (verdict != decision.verdict()) {
            Label policySaid = new Label(i18n.get("claim.decision.overridden", i18n.get("verdict." + decision.verdict().name())));
            policySaid.getStyleClass().add("warning-text");
            policySaid.setWrapText(true);
            flagsBox.getChildren().add(policySaid);
        }
        warrantyLabel.setText(warrantyText(decision));
        decision.coverage().ifPresent(c -> flagsBox.getChildren().add(clauseCard(c, "clause-covered")));
        for (Flag flag : decision.flags()) {
            VBox card = clauseCard(flag.clause(), "clause-excluded");
            // How the policy's words cover a finding the clause does not name (physical damage, say).
            for (com.alluressories.caredesk.policy.Bilingual why : flag.because()) {
                Label line = new Label(why.in(i18n.locale()));
                line.setWrapText(true);
                line.getStyleClass().add("clause-why");
                card.getChildren().add(line);
            }
            flagsBox.getChildren().add(card);
        }
    }

    private String warrantyText(Decision d) {
        if (d.hasFlag(Policy.NO_PROOF_OF_PURCHASE)) {
            return i18n.get("claim.warranty.noReceipt", d.warrantyMonths());
        }
        if (d.hasFlag(Policy.FINAL_SALE)) {
            return i18n.get("claim.warranty.finalSale");
        }
        String end = Formats.date(d.warrantyEnds().orElseThrow(), i18n.locale());
        if (d.hasFlag(Policy.WARRANTY_EXPIRED)) {
            return i18n.get("claim.warranty.expired", end);
        }
        return i18n.get("claim.warranty.until", end, d.daysLeft().orElse(0L));
    }

    private VBox clauseCard(Clause clause, String style) {
        Label title = new Label(clause.title().in(i18n.locale()));
        title.getStyleClass().add("clause-title");
        Label text = new Label(clause.text().in(i18n.locale()));
        text.setWrapText(true);
        VBox card = new VBox(2, title, text);
        card.getStyleClass().addAll("clause", style);
        card.setId("clause-" + clause.id());
        return card;
    }

    private void showTerms() {
        termsBox.getChildren().clear();
        for (Clause term : model.terms()) {
            Label text = new Label("• " + term.text().in(i18n.locale()));
            text.setWrapText(true);
            termsBox.getChildren().add(text);
        }
    }

    private void showProblems() {
        Map<String, ClaimProblem> problems = model.problems();
        customerNameError.setText(error(problems, "customerName"));
        customerPhoneError.setText(error(problems, "customerPhone"));
        complaintError.setText(error(problems, "complaint"));
        String missing = problems.entrySet().stream()
                .filter(e -> !List.of("customerName", "customerPhone", "complaint").contains(e.getKey()))
                .map(e -> i18n.get("claim.error." + e.getKey() + "." + e.getValue().name().toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining("\n"));
        missingLabel.setText(missing);
    }

    private String error(Map<String, ClaimProblem> problems, String field) {
        ClaimProblem problem = problems.get(field);
        return problem == null ? "" : i18n.get("claim.error." + field + "." + problem.name().toLowerCase(Locale.ROOT));
    }

    private void showPhotos() {
        photoPane.getChildren().clear();
        for (Photo photo : model.photos()) {
            // Loaded in the background at thumbnail size: a dozen phone photos never freeze the form.
            Image thumb = new Image(model.photoPath(photo).toUri().toString(), 110, 110, true, true, true);
            ImageView view = new ImageView(thumb);
            view.setFitWidth(110);
            view.setFitHeight(110);
            view.setPreserveRatio(true);
            Button open = new Button(null, view);
            open.getStyleClass().add("photo-thumb");
            open.setOnAction(e -> openLarge(photo));
            Button remove = new Button("×");
            remove.getStyleClass().add("photo-remove");
            remove.setOnAction(e -> model.removePhoto(photo));
            StackPane tile = new StackPane(open, remove);
            StackPane.setAlignment(remove, javafx.geometry.Pos.TOP_RIGHT);
            photoPane.getChildren().add(tile);
        }
    }

    private void openLarge(Photo photo) {
        Image image = new Image(model.photoPath(photo).toUri().toString(), 1000, 750, true, true, true);
        ImageView view = new ImageView(image);
        Stage stage = new Stage();
        stage.initOwner(root.getScene().getWindow());
        stage.setTitle(photo.fileName());
        StackPane pane = new StackPane(view);
        pane.setOnMouseClicked(e -> stage.close());
        Scene scene = new Scene(pane, 1000, 750);
        scene.setOnKeyPressed(e -> stage.close());
        stage.setScene(scene);
        stage.show();
    }

    private void showRefused() {
        photoError.setText(model.refusedPhotos().isEmpty() ? "" : i18n.get("claim.photos.refused",
                model.refusedPhotos().stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", "))));
    }

    private void showEarlier() {
        earlierBox.getChildren().clear();
        if (model.earlierClaims().isEmpty()) {
            return;
        }
        Label title = new Label(i18n.get("claim.earlier.title", model.earlierClaims().size()));
        title.getStyleClass().add("section-title");
        earlierBox.getChildren().add(title);
        for (ClaimSummary claim : model.earlierClaims()) {
            Label entry = new Label(i18n.get("claim.earlier.entry", Formats.date(claim.createdAt().toLocalDate(),
                    i18n.locale()), i18n.get("verdict." + claim.finalVerdict().name()), claim.complaint()));
            entry.setWrapText(true);
            earlierBox.getChildren().add(entry);
        }
        Label note = new Label(i18n.get("claim.earlier.note"));
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        earlierBox.getChildren().add(note);
    }

    private String material(Metal metal, java.util.Set<Stone> stones) {
        String stoneText = stones.stream().sorted().map(s -> i18n.get("stone." + s.code())).collect(Collectors.joining(i18n.get("list.separator")));
        return i18n.get("metal." + metal.code()) + (stoneText.isEmpty() ? "" : " · " + stoneText);
    }

    private void acceptDroppedPhotos() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && model.modeProperty().get() != ClaimIntakeViewModel.Mode.EMPTY) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            e.setDropCompleted(files != null && !files.isEmpty());
            if (files != null) {
                model.addPhotos(files.stream().map(File::toPath).toList());
            }
            e.consume();
        });
    }

    @FXML
    private void choosePhotos() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("claim.photos.add"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("claim.photos.files"),
                "*.jpg", "*.jpeg", "*.png", "*.gif", "*.bmp", "*.webp", "*.JPG", "*.JPEG", "*.PNG"));
        List<File> files = chooser.showOpenMultipleDialog(root.getScene().getWindow());
        if (files != null) {
            model.addPhotos(files.stream().map(File::toPath).toList());
        }
    }

    @FXML
    private void save() {
        if (!model.canSaveProperty().get()) {
            return;
        }
        model.save(afterSave, error -> dialogs.showError(i18n.get("claim.saveFailed"), String.valueOf(error.getMessage())));
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
