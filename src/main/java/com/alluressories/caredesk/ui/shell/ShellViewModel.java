package com.alluressories.caredesk.ui.shell;

import com.alluressories.caredesk.chain.SyncStatus;
import com.alluressories.caredesk.shop.ShopProfile;
import com.alluressories.caredesk.shop.ShopService;
import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.Session;
import com.alluressories.caredesk.staff.StaffService;
import com.alluressories.caredesk.ui.Screen;
import com.alluressories.caredesk.ui.TaskRunner;
import com.alluressories.caredesk.ui.setup.ShopSetupViewModel;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BooleanSupplier;
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
    private final ObjectProperty<Optional<Actor>> user = new SimpleObjectProperty<>(Optional.empty());
    private final StaffService staff;
    private final Session session;
    private final ObjectProperty<Throwable> backupProblem = new SimpleObjectProperty<>();
    private final ObjectProperty<SyncStatus> syncStatus = new SimpleObjectProperty<>();
    private final BooleanSupplier inChain;
    /** Until the store has been read the PC counts as joined, so "Join the chain" never flashes up. */
    private final BooleanProperty joined = new SimpleBooleanProperty(true);

    /** @param inChain whether this PC has joined a chain (read off the FX thread) */
    public ShellViewModel(ShopService shop, StaffService staff, Session session, TaskRunner tasks, Path dataDir,
                          BooleanSupplier inChain) {
        this.inChain = inChain;
        syncStatus.addListener((obs, old, now) -> {
            if (now != null && !SyncStatus.NOT_JOINED.equals(now.state())) {
                joined.set(true);
            }
        });
        this.shop = shop;
        this.staff = staff;
        this.session = session;
        this.tasks = tasks;
        this.dataDir = dataDir;
    }

    /** Who is signed in, for the header. */
    public ReadOnlyObjectProperty<Optional<Actor>> userProperty() {
        return user;
    }

    public void signedIn(Actor actor) {
        user.set(Optional.of(actor));
    }

    public void signedOut() {
        user.set(Optional.empty());
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
        tasks.run(() -> new ShopState(shop.profile(), shop.isDemo(), inChain.getAsBoolean()), state -> {
            profile.set(state.profile());
            demo.set(state.demo());
            joined.set(state.joined());
        }, error -> LOG.warn("Cannot read the shop's profile", error));
    }

    private record ShopState(Optional<ShopProfile> profile, boolean demo, boolean joined) {
    }

    /** Whether this PC has joined a chain: "Join the chain" shows only while it has not. */
    public ReadOnlyBooleanProperty joinedProperty() {
        return joined;
    }

    /** This PC has just joined the chain; {@code status} is where it stands now. */
    public void chainJoined(SyncStatus status) {
        joined.set(true);
        syncStatus.set(status);
    }

    /**
     * Saves the real shop, with a manager's authority ({@code by}); leaving the demo also replaces
     * its staff with the shop's first manager, who is then the one signed in ({@code newManager} is
     * told, so every screen acts as them). Reports back on the FX thread.
     */
    public void setUpShop(ShopSetupViewModel form, Actor by, Consumer<Actor> newManager, Runnable onDone,
                          Consumer<Throwable> onError) {
        ShopProfile newProfile = form.profile();
        boolean leaving = form.leavingDemo();
        String no = form.managerNoProperty().get();
        String name = form.managerNameProperty().get();
        String pin = form.managerPinProperty().get();
        tasks.run(() -> {
            if (leaving) {
                return Optional.of(shop.leaveDemo(newProfile, no, name, pin, by, staff));
            }
            shop.updateProfile(newProfile, by);
            return Optional.<Actor>empty();
        }, manager -> {
            manager.ifPresent(m -> {
                session.signIn(m);
                newManager.accept(m);
            });
            refresh();
            onDone.run();
        }, onError);
    }

    /** Where this PC stands with head office; null until the first report. */
    public ObjectProperty<SyncStatus> syncStatusProperty() {
        return syncStatus;
    }

    /**
     * Why the last automatic backup failed (null when it worked): shown in the status bar until one
     * works, worded in whatever language the window has then.
     */
    public ReadOnlyObjectProperty<Throwable> backupProblemProperty() {
        return backupProblem;
    }

    /** The automatic backup failed. */
    public void backupFailed(Throwable why) {
        backupProblem.set(why == null ? new IllegalStateException("unknown") : why);
    }

    /** A backup worked: the last failure is over. */
    public void backupWorked() {
        backupProblem.set(null);
    }
}
