package com.alluressories.caredesk.ui.shell;

import com.alluressories.caredesk.shop.ShopProfile;
import com.alluressories.caredesk.shop.ShopService;
import com.alluressories.caredesk.ui.TaskRunner;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The main window's state: which screen shows, and the shop in the status bar. */
public final class ShellViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ShellViewModel.class);
    private final ShopService shop;
    private final TaskRunner tasks;
    private final Path dataDir;
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.LOOKUP);
    private final ObjectProperty<Optional<ShopProfile>> profile = new SimpleObjectProperty<>(Optional.empty());
    private final BooleanProperty demo = new SimpleBooleanProperty();

    public ShellViewModel(ShopService shop, TaskRunner tasks, Path dataDir) {
        this.shop = shop;
        this.tasks = tasks;
        this.dataDir = dataDir;
    }

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    public void show(Screen target) {
        screen.set(target);
    }

    public ReadOnlyObjectProperty<Optional<ShopProfile>> profileProperty() {
        return profile;
    }

    public ReadOnlyBooleanProperty demoProperty() {
        return demo;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Reads the shop's profile and demo mode again (after a setup, say). */
    public void refresh() {
        tasks.run(() -> new ShopState(shop.profile(), shop.isDemo()), state -> {
            profile.set(state.profile());
            demo.set(state.demo());
        }, error -> LOG.warn("Cannot read the shop's profile", error));
    }

    private record ShopState(Optional<ShopProfile> profile, boolean demo) {
    }

    /** Leaves the demo (if it is one) and saves the real shop; reports back on the FX thread. */
    public void setUpShop(ShopProfile newProfile, Runnable onDone, Consumer<Throwable> onError) {
        tasks.run(() -> {
            shop.setUpRealShop(newProfile);
            return null;
        }, ignored -> {
            refresh();
            onDone.run();
        }, onError);
    }
}
