package com.alluressories.caredesk.ui.claim;

import com.alluressories.caredesk.claim.ClaimDraft;
import com.alluressories.caredesk.claim.ClaimProblem;
import com.alluressories.caredesk.claim.ClaimService;
import com.alluressories.caredesk.claim.ClaimSummary;
import com.alluressories.caredesk.claim.Photo;
import com.alluressories.caredesk.claim.PhotoStore;
import com.alluressories.caredesk.claim.VerdictOverride;
import com.alluressories.caredesk.policy.Clause;
import com.alluressories.caredesk.policy.Decision;
import com.alluressories.caredesk.policy.FindingGroup;
import com.alluressories.caredesk.policy.FindingRule;
import com.alluressories.caredesk.policy.Metal;
import com.alluressories.caredesk.policy.Sale;
import com.alluressories.caredesk.policy.Stone;
import com.alluressories.caredesk.policy.Verdict;
import com.alluressories.caredesk.receipt.PhoneNumber;
import com.alluressories.caredesk.receipt.Receipt;
import com.alluressories.caredesk.receipt.ReceiptLine;
import com.alluressories.caredesk.ui.ManagerApproval;
import com.alluressories.caredesk.ui.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;

/**
 * Claim intake's state. Every tick, keystroke or photo recomputes the policy's decision, the terms
 * the customer accepts and what still keeps the claim from being saved: staff see the verdict as
 * they inspect, with no Save needed to see it.
 */
public final class ClaimIntakeViewModel {
    public enum Mode { EMPTY, RECEIPT, WALK_IN }

    private final ClaimService claims;
    private final TaskRunner tasks;

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.EMPTY);
    private final ObjectProperty<Receipt> receipt = new SimpleObjectProperty<>();
    private final ObjectProperty<ReceiptLine> line = new SimpleObjectProperty<>();
    private final ObjectProperty<Metal> metal = new SimpleObjectProperty<>();
    private final ObservableSet<Stone> stones = FXCollections.observableSet(EnumSet.noneOf(Stone.class));
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty customerName = new SimpleStringProperty("");
    private final StringProperty customerPhone = new SimpleStringProperty("");
    /** The language the customer wants to be told in: follows the name typed until staff choose another. */
    private final javafx.beans.property.ObjectProperty<java.util.Locale> customerLanguage =
            new javafx.beans.property.SimpleObjectProperty<>(com.alluressories.caredesk.notice.NoticeService.languageOf(""));
    private final StringProperty complaint = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final Map<String, BooleanProperty> findings = new LinkedHashMap<>();
    private final ClaimPhotos photos;
    private final BooleanProperty overrideOn = new SimpleBooleanProperty(false);
    private final ObjectProperty<Verdict> overrideVerdict = new SimpleObjectProperty<>();
    private final StringProperty overrideReason = new SimpleStringProperty("");
    private final BooleanProperty termsAccepted = new SimpleBooleanProperty(false);
    private final BooleanProperty shopReady = new SimpleBooleanProperty(true);

    private final ClaimCheck check;
    private final ObservableList<ClaimSummary> earlier = FXCollections.observableArrayList();
    private final ClaimSaver saver;
    private final BooleanBinding canSave;

    public ClaimIntakeViewModel(ClaimService claims, PhotoStore photoStore, TaskRunner tasks, ManagerApproval approval) {
        this.claims = claims;
        this.photos = new ClaimPhotos(photoStore, tasks);
        this.check = new ClaimCheck(claims);
        this.tasks = tasks;
        this.saver = new ClaimSaver(claims, tasks, approval);
        for (FindingGroup group : claims.policy().groups()) {
            for (FindingRule rule : group.findings()) {
                findings.put(rule.code(), new SimpleBooleanProperty(false));
            }
        }
        customerName.addListener((obs, old, now) -> {
            java.util.Locale implied = com.alluressories.caredesk.notice.NoticeService.languageOf(old == null ? "" : old);
            if (customerLanguage.get() == null || customerLanguage.get().equals(implied)) {
                customerLanguage.set(com.alluressories.caredesk.notice.NoticeService.languageOf(now == null ? "" : now));
            }
        });
        List<Observable> inputs = new ArrayList<>(List.of(mode, receipt, line, metal, stones, description, customerName,
                customerPhone, complaint, overrideOn, overrideVerdict, overrideReason, termsAccepted, shopReady));
        inputs.addAll(findings.values());
        inputs.forEach(o -> o.addListener(x -> recompute()));
        canSave = Bindings.createBooleanBinding(() -> mode.get() != Mode.EMPTY && check.problems().isEmpty()
                && !saver.savingProperty().get(), mode, check.problems(), saver.savingProperty());
        recompute();
    }

    /** A claim for an item on a receipt: customer and item come from the receipt, editable where it makes sense. */
    public void startFromReceipt(Receipt from, ReceiptLine item) {
        clear();
        receipt.set(from);
        line.set(item);
        metal.set(item.metal());
        stones.addAll(item.stones());
        description.set(item.description());
        customerName.set(from.customerName().orElse(""));
        customerPhone.set(from.customerPhone().map(PhoneNumber::display).orElse(""));
        mode.set(Mode.RECEIPT);
        tasks.run(() -> claims.earlierClaims(from.receiptNo(), item.lineNo()), earlier::setAll, error -> earlier.clear());
    }

    /** A claim without a receipt: the item is described by hand, and the policy says no proof of purchase. */
    public void startWalkIn() {
        clear();
        mode.set(Mode.WALK_IN);
    }

    /** Back to no claim in progress. */
    public void clear() {
        mode.set(Mode.EMPTY);
        receipt.set(null);
        line.set(null);
        metal.set(null);
        stones.clear();
        description.set("");
        customerName.set("");
        customerPhone.set("");
        customerLanguage.set(com.alluressories.caredesk.notice.NoticeService.languageOf(""));
        complaint.set("");
        notes.set("");
        findings.values().forEach(f -> f.set(false));
        photos.clear();
        overrideOn.set(false);
        overrideVerdict.set(null);
        overrideReason.set("");
        termsAccepted.set(false);
        earlier.clear();
    }

    /** Copies photos into the store off the FX thread; files that are not images are listed as refused. */
    public void addPhotos(List<Path> files) {
        photos.add(files);
    }

    public void removePhoto(Photo photo) {
        photos.photos().remove(photo);
    }

    public Path photoPath(Photo photo) {
        return photos.path(photo);
    }

    /**
     * Saves the claim off the FX thread; {@code onSaved} gets it back, and the form is cleared. An
     * override is saved only with a manager's authority: a manager signed in, or one approving now.
     */
    public void save(Consumer<ClaimSummary> onSaved, Consumer<Throwable> onError) {
        if (!canSave.get()) {
            return;
        }
        saver.save(draft().orElseThrow(), saved -> {
            clear();
            onSaved.accept(saved);
        }, onError);
    }

    /** The claim as it stands, when there is one (a walk-in needs its metal first). */
    public Optional<ClaimDraft> draft() {
        if (mode.get() == Mode.EMPTY || metal.get() == null) {
            return Optional.empty();
        }
        Receipt r = receipt.get();
        ReceiptLine l = line.get();
        Optional<Sale> sale = r == null || l == null ? Optional.empty()
                : Optional.of(new Sale(r.purchasedAt().toLocalDate(), l.listPrice(), l.paidPrice()));
        Set<String> ticked = new LinkedHashSet<>();
        findings.forEach((code, on) -> {
            if (on.get()) {
                ticked.add(code);
            }
        });
        Optional<VerdictOverride> override = overrideOn.get()
                ? Optional.of(new VerdictOverride(overrideVerdict.get(), overrideReason.get()))
                : Optional.empty();
        return Optional.of(new ClaimDraft(Optional.ofNullable(r).map(Receipt::receiptNo),
                Optional.ofNullable(l).map(ReceiptLine::lineNo), sale, description.get(),
                Optional.ofNullable(l).map(ReceiptLine::sku), metal.get(), Set.copyOf(stones), customerName.get(),
                customerPhone.get(), complaint.get(), notes.get(), ticked, List.copyOf(photos.photos()), override,
                termsAccepted.get(), Optional.ofNullable(customerLanguage.get())));
    }

    private void recompute() {
        check.recompute(draft(), mode.get() == Mode.WALK_IN, mode.get() != Mode.EMPTY && !shopReady.get(),
                () -> termsAccepted.set(false));
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ReadOnlyObjectProperty<Receipt> receiptProperty() {
        return receipt;
    }

    public ReadOnlyObjectProperty<ReceiptLine> lineProperty() {
        return line;
    }

    public ObjectProperty<Metal> metalProperty() {
        return metal;
    }

    public ObservableSet<Stone> stones() {
        return stones;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty customerNameProperty() {
        return customerName;
    }

    public javafx.beans.property.ObjectProperty<java.util.Locale> customerLanguageProperty() {
        return customerLanguage;
    }

    public StringProperty customerPhoneProperty() {
        return customerPhone;
    }

    public StringProperty complaintProperty() {
        return complaint;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** A finding's tick, by code. */
    public BooleanProperty finding(String code) {
        return findings.get(code);
    }

    public ObservableList<Photo> photos() {
        return photos.photos();
    }

    public ObservableList<Path> refusedPhotos() {
        return photos.refused();
    }

    public BooleanProperty overrideOnProperty() {
        return overrideOn;
    }

    public ObjectProperty<Verdict> overrideVerdictProperty() {
        return overrideVerdict;
    }

    public StringProperty overrideReasonProperty() {
        return overrideReason;
    }

    /** False while no shop is set up: a ticket number needs the shop's code, so nothing is taken in. */
    public BooleanProperty shopReadyProperty() {
        return shopReady;
    }

    public BooleanProperty termsAcceptedProperty() {
        return termsAccepted;
    }

    public ReadOnlyObjectProperty<Decision> decisionProperty() {
        return check.decisionProperty();
    }

    public ReadOnlyObjectProperty<Verdict> finalVerdictProperty() {
        return check.finalVerdictProperty();
    }

    public ObservableList<Clause> terms() {
        return check.terms();
    }

    public ObservableMap<String, ClaimProblem> problems() {
        return check.problems();
    }

    public ObservableList<ClaimSummary> earlierClaims() {
        return earlier;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public List<FindingGroup> findingGroups() {
        return claims.policy().groups();
    }
}
