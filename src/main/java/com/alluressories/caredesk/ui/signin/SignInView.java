package com.alluressories.caredesk.ui.signin;

import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.ui.I18n;
import com.alluressories.caredesk.ui.ViewLoader;
import com.alluressories.caredesk.ui.signin.SignInViewModel.Message;
import com.alluressories.caredesk.ui.signin.SignInViewModel.Mode;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;

/**
 * The lock screen over the whole window. From the keyboard: the staff number (typed, or scanned
 * from a staff card, which ends with Enter), Enter, the PIN, Enter.
 */
public final class SignInView {
    @FXML private ImageView logo;
    @FXML private Label title;
    @FXML private Label intro;
    @FXML private TextField staffNoField;
    @FXML private Label nameLabel;
    @FXML private TextField nameField;
    @FXML private PasswordField pinField;
    @FXML private Label pinAgainLabel;
    @FXML private PasswordField pinAgainField;
    @FXML private Label messageLabel;
    @FXML private Button signInButton;
    @FXML private javafx.scene.control.ToggleButton lockEnglishButton;
    @FXML private javafx.scene.control.ToggleButton lockChineseButton;

    private final SignInViewModel model;
    private final I18n i18n;
    private final Consumer<Actor> signedIn;
    private final Parent root;
    private final java.util.Locale language;
    private final javafx.beans.value.ObservableBooleanValue demo;
    @FXML private Label demoBadge;
    @FXML private Label demoHint;
    private final ChangeListener<Object> refresh = (obs, old, now) -> show();
    private final ChangeListener<Boolean> demoShown = (obs, was, now) -> {
        if (now && demoHint.getText().isEmpty()) {
            demoHint.setText(demoWords());
        }
    };

    /** The demo's published staff numbers and PINs. */
    private String demoWords() {
        return i18n.get("signin.demo.hint") + "\n" + com.alluressories.caredesk.demo.DemoShop.STAFF.stream()
                .map(d -> i18n.get("signin.demo.staff", d.staff().staffNo(), d.staff().name(),
                        i18n.get("role." + d.staff().role().name()), d.pin()))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    public SignInView(SignInViewModel model, I18n i18n, Consumer<Actor> signedIn,
                      javafx.beans.value.ObservableBooleanValue demo) {
        this.model = model;
        this.i18n = i18n;
        this.signedIn = signedIn;
        this.demo = demo;
        this.language = i18n.localeProperty().get();
        this.root = ViewLoader.load(this, i18n.bundle());
    }

    public Parent root() {
        return root;
    }

    /** The language this lock screen is worded in. */
    public java.util.Locale language() {
        return language;
    }

    @FXML
    private void initialize() {
        logo.setImage(new Image(SignInView.class.getResourceAsStream("/assets/icons/caredesk-64.png")));
        staffNoField.textProperty().bindBidirectional(model.staffNoProperty());
        nameField.textProperty().bindBidirectional(model.nameProperty());
        pinField.textProperty().bindBidirectional(model.pinProperty());
        pinAgainField.textProperty().bindBidirectional(model.pinAgainProperty());
        staffNoField.setId("signInStaffNo");
        pinField.setId("signInPin");
        // Enter in the staff number goes on to the PIN (a staff card scanner ends with Enter).
        staffNoField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                (model.modeProperty().get() == Mode.FIRST_MANAGER ? nameField : pinField).requestFocus();
            }
        });
        nameField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                pinField.requestFocus();
            }
        });
        // Enter in the PIN signs in, on every path (first start, after leaving the demo, after Ctrl+L):
        // handled here rather than by a default button, which another screen's default button in the
        // same window can take over.
        pinField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                if (model.modeProperty().get() == Mode.FIRST_MANAGER) {
                    pinAgainField.requestFocus();
                } else {
                    submit();
                }
            }
        });
        pinAgainField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                submit();
            }
        });
        signInButton.disableProperty().bind(model.busyProperty());
        // The language can be chosen before signing in: the shell's own switch is behind the lock.
        javafx.scene.control.ToggleGroup languages = new javafx.scene.control.ToggleGroup();
        lockEnglishButton.setToggleGroup(languages);
        lockChineseButton.setToggleGroup(languages);
        lockEnglishButton.setSelected(!i18n.isChinese());
        lockChineseButton.setSelected(i18n.isChinese());
        lockEnglishButton.setFocusTraversable(false);
        lockChineseButton.setFocusTraversable(false);
        lockEnglishButton.setOnAction(e -> javafx.application.Platform.runLater(() -> i18n.localeProperty().set(I18n.ENGLISH)));
        lockChineseButton.setOnAction(e -> javafx.application.Platform.runLater(() -> i18n.localeProperty().set(I18n.CHINESE)));
        model.modeProperty().addListener(refresh);
        model.messageProperty().addListener(refresh);
        // The demo's door: marked DEMO, with its published staff numbers and PINs (never on a real shop).
        demoBadge.visibleProperty().bind(demo);
        demoBadge.managedProperty().bind(demo);
        demoHint.visibleProperty().bind(demo);
        demoHint.managedProperty().bind(demo);
        // Worded when the store turns out to be the demo's (the lock screen comes up before it is open).
        if (demo.get()) {
            demoHint.setText(demoWords());
        }
        demo.addListener(demoShown);
        show();
    }

    private void show() {
        boolean first = model.modeProperty().get() == Mode.FIRST_MANAGER;
        title.setText(i18n.get(first ? "signin.first.title" : "signin.title"));
        intro.setText(i18n.get(first ? "signin.first.intro" : "signin.intro"));
        for (Node n : new Node[] {nameLabel, nameField, pinAgainLabel, pinAgainField}) {
            n.setVisible(first);
            n.setManaged(first);
        }
        signInButton.setText(i18n.get(first ? "signin.first.create" : "signin.submit"));
        Message message = model.messageProperty().get();
        messageLabel.setText(message == null ? "" : message.words(i18n));
        messageLabel.setVisible(message != null);
        messageLabel.setManaged(message != null);
        if (message != null && !first && !"signin.needStaffNo".equals(message.key())) {
            pinField.requestFocus();
        }
    }

    @FXML
    private void submit() {
        if (model.modeProperty().get() == Mode.FIRST_MANAGER) {
            model.createFirstManager(signedIn);
        } else {
            model.signIn(signedIn);
        }
    }

    /** Where the next keystroke goes: the staff number. */
    public void focus() {
        staffNoField.requestFocus();
    }

    /** Detaches from the long-lived view model before this view is replaced. */
    public void dispose() {
        demo.removeListener(demoShown);
        model.modeProperty().removeListener(refresh);
        model.messageProperty().removeListener(refresh);
        demoBadge.visibleProperty().unbind();
        demoBadge.managedProperty().unbind();
        demoHint.visibleProperty().unbind();
        demoHint.managedProperty().unbind();
        staffNoField.textProperty().unbindBidirectional(model.staffNoProperty());
        nameField.textProperty().unbindBidirectional(model.nameProperty());
        pinField.textProperty().unbindBidirectional(model.pinProperty());
        pinAgainField.textProperty().unbindBidirectional(model.pinAgainProperty());
    }
}
