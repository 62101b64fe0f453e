package com.alluressories.caredesk.ui.shell;

import com.alluressories.caredesk.chain.SyncStatus;
import com.alluressories.caredesk.shop.ShopProfile;
import com.alluressories.caredesk.ui.ErrorWords;
import com.alluressories.caredesk.ui.I18n;
import com.alluressories.caredesk.ui.Screen;
import com.alluressories.caredesk.ui.ScreenView;
import com.alluressories.caredesk.ui.ViewLoader;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window: header with language switch, navigation, the current screen, status bar. */
public final class ShellView {
    @FXML private ImageView logo;
    @FXML private Label demoBadge;
    @FXML private VBox titleBox;
    @FXML private Label subtitle;
    @FXML private Button setupButton;
    @FXML private Button joinButton;
    @FXML private Label userLabel;
    @FXML private Button lockButton;
    @FXML private ToggleButton englishButton;
    @FXML private ToggleButton chineseButton;
    @FXML private VBox nav;
    @FXML private StackPane content;
    @FXML private Label statusShop;
    @FXML private Label statusDataDir;
    @FXML private Label statusDemo;
    @FXML private Button backupButton;
    @FXML private Label backupProblem;
    @FXML private Label syncLabel;

    private final ShellViewModel model;
    private final I18n i18n;
    private final Function<Screen, ScreenView> screens;
    private final Runnable openSetup;
    private final Runnable joinChain;
    private final Runnable backUp;
    private final Runnable lock;
    private final ChangeListener<Object> userListener = (obs, old, now) -> showUser();
    private final Map<Screen, ToggleButton> navButtons = new EnumMap<>(Screen.class);
    private final Map<Screen, ScreenView> views = new EnumMap<>(Screen.class);
    private final ChangeListener<Screen> screenListener = (obs, old, now) -> showScreen(now);
    private final ChangeListener<Object> shopListener = (obs, old, now) -> showShop();
    private final ChangeListener<SyncStatus> syncListener = (obs, old, now) -> showSyncState(now);
    private final Parent root;

    /**
     * @param screens builds a screen's view for the current language (views are rebuilt on a
     *                language switch; their view models, and so what staff typed, live on)
     * @param joinChain "Join the chain…", offered while this PC has not joined
     */
    public ShellView(ShellViewModel model, I18n i18n, Function<Screen, ScreenView> screens, Runnable openSetup,
                     Runnable joinChain, Runnable backUp, Runnable lock) {
        this.joinChain = joinChain;
        this.lock = lock;
        this.model = model;
        this.i18n = i18n;
        this.screens = screens;
        this.openSetup = openSetup;
        this.backUp = backUp;
        this.root = ViewLoader.load(this, i18n.bundle());
        // On a 1024-pixel screen the header keeps what staff use (who is signed in, Lock, the shop,
        // the language) whole, and lets the app's name go first: the window title still carries it.
        javafx.beans.property.ReadOnlyDoubleProperty width = ((javafx.scene.layout.Region) root).widthProperty();
        subtitle.visibleProperty().bind(width.greaterThan(1360));
        subtitle.managedProperty().bind(subtitle.visibleProperty());
        titleBox.visibleProperty().bind(width.greaterThan(1180));
        titleBox.managedProperty().bind(titleBox.visibleProperty());
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        logo.setImage(new Image(ShellView.class.getResourceAsStream("/assets/icons/caredesk-64.png")));
        ToggleGroup navGroup = new ToggleGroup();
        for (Screen screen : Screen.values()) {
            Label text = new Label(i18n.get(screen.labelKey()));
            text.getStyleClass().add("nav-text");
            Label key = new Label(screen.shortcut().getName());
            key.getStyleClass().add("shortcut-hint");
            text.setMinWidth(Region.USE_PREF_SIZE);
            key.setMinWidth(Region.USE_PREF_SIZE);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox face = new HBox(12, new FontIcon(screen.icon()), text, gap, key);
            face.setAlignment(Pos.CENTER_LEFT);
            ToggleButton button = new ToggleButton();
            button.setGraphic(face);
            button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            button.setId("nav-" + screen.name().toLowerCase(Locale.ROOT));
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().add("nav-button");
            button.setToggleGroup(navGroup);
            button.setOnAction(e -> {
                model.show(screen);
                button.setSelected(true);
            });
            navButtons.put(screen, button);
            nav.getChildren().add(button);
        }

        ToggleGroup languages = new ToggleGroup();
        englishButton.setToggleGroup(languages);
        chineseButton.setToggleGroup(languages);
        englishButton.setSelected(!i18n.isChinese());
        chineseButton.setSelected(i18n.isChinese());
        englishButton.setOnAction(e -> switchTo(I18n.ENGLISH));
        chineseButton.setOnAction(e -> switchTo(I18n.CHINESE));

        joinButton.visibleProperty().bind(model.joinedProperty().not());
        joinButton.managedProperty().bind(joinButton.visibleProperty());
        demoBadge.visibleProperty().bind(model.demoProperty());
        demoBadge.managedProperty().bind(demoBadge.visibleProperty());
        statusDemo.visibleProperty().bind(model.demoProperty());
        statusDataDir.setText(i18n.get("status.dataDir", model.dataDir().toString()));
        backupProblem.textProperty().bind(Bindings.createStringBinding(() -> model.backupProblemProperty().get() == null
                ? "" : i18n.get("status.backupFailed", ErrorWords.of(i18n, model.backupProblemProperty().get())),
                model.backupProblemProperty()));
        backupProblem.visibleProperty().bind(model.backupProblemProperty().isNotNull());
        backupProblem.managedProperty().bind(backupProblem.visibleProperty());
        syncLabel.textProperty().bind(Bindings.createStringBinding(() -> SyncWords.of(i18n,
                model.syncStatusProperty().get(), Instant.now()), model.syncStatusProperty()));
        // While "Join the chain…" shows, it says the PC is not joined; the line would only crowd a small screen.
        syncLabel.visibleProperty().bind(model.syncStatusProperty().isNotNull().and(model.joinedProperty()));
        syncLabel.managedProperty().bind(syncLabel.visibleProperty());
        model.syncStatusProperty().addListener(syncListener);
        showSyncState(model.syncStatusProperty().get());
        model.profileProperty().addListener(shopListener);
        model.demoProperty().addListener(shopListener);
        model.screenProperty().addListener(screenListener);
        model.userProperty().addListener(userListener);
        showUser();
        showShop();
        showScreen(model.screenProperty().get());
    }

    private void switchTo(Locale locale) {
        // Deferred: switching rebuilds this very view, which must not happen inside its own event.
        Platform.runLater(() -> i18n.localeProperty().set(locale));
    }

    @FXML
    private void openSetup() {
        openSetup.run();
    }

    @FXML
    private void joinChain() {
        joinChain.run();
    }

    @FXML
    private void backUp() {
        backUp.run();
    }

    @FXML
    private void lock() {
        lock.run();
    }

    private void showUser() {
        userLabel.setText(model.userProperty().get().flatMap(a -> a.staff())
                .map(s -> i18n.get("shell.signedIn", s.name(), s.staffNo(), i18n.get("role." + s.role().name())))
                .orElse(""));
    }

    private void showShop() {
        Optional<ShopProfile> profile = model.profileProperty().get();
        statusShop.setText(profile.map(p -> i18n.get("status.shop", p.code(), p.name()))
                .orElse(i18n.get("status.noShop")));
        boolean needsSetup = model.demoProperty().get() || profile.isEmpty();
        setupButton.setText(i18n.get(needsSetup ? "shell.setup" : "shell.editShop"));
    }

    private void showScreen(Screen screen) {
        ScreenView view = views.computeIfAbsent(screen, screens);
        content.getChildren().setAll(view.root());
        navButtons.get(screen).setSelected(true);
        Platform.runLater(() -> focus(view));
    }

    /** The view of a screen already built, if it is of the given type. */
    public <T extends ScreenView> Optional<T> screen(Screen screen, Class<T> type) {
        return Optional.ofNullable(views.get(screen)).filter(type::isInstance).map(type::cast);
    }

    /** Puts the focus back in the current screen's main field (a shortcut for the screen already shown). */
    public void refocus() {
        ScreenView view = views.get(model.screenProperty().get());
        if (view != null) {
            focus(view);
        }
    }

    /**
     * Fields inside a ScrollPane join the scene only once its skin exists: CSS is applied to a
     * freshly shown screen first, so its main field can take the focus.
     */
    private static void focus(ScreenView view) {
        view.root().applyCss();
        view.focusMainField();
    }

    /** Detaches from the long-lived view model before this view is replaced. */
    /** Offline shows in the danger colour, also on a view rebuilt for the other language. */
    private void showSyncState(SyncStatus status) {
        syncLabel.getStyleClass().remove("sync-offline");
        if (status != null && SyncStatus.OFFLINE.equals(status.state())) {
            syncLabel.getStyleClass().add("sync-offline");
        }
    }

    public void dispose() {
        model.syncStatusProperty().removeListener(syncListener);
        model.profileProperty().removeListener(shopListener);
        model.demoProperty().removeListener(shopListener);
        model.screenProperty().removeListener(screenListener);
        model.userProperty().removeListener(userListener);
        demoBadge.visibleProperty().unbind();
        joinButton.visibleProperty().unbind();
        statusDemo.visibleProperty().unbind();
        subtitle.visibleProperty().unbind();
        titleBox.visibleProperty().unbind();
        backupProblem.textProperty().unbind();
        syncLabel.textProperty().unbind();
        syncLabel.visibleProperty().unbind();
        backupProblem.visibleProperty().unbind();
        views.values().forEach(ScreenView::dispose);
    }
}
