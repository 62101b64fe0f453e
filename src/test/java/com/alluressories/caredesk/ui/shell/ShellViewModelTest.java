package com.alluressories.caredesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.chain.Membership;
import com.alluressories.caredesk.chain.SyncStatus;
import com.alluressories.caredesk.demo.DemoShop;
import com.alluressories.caredesk.policy.PolicyLoader;
import com.alluressories.caredesk.shop.ShopProfile;
import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.NotAllowedException;
import com.alluressories.caredesk.store.Settings;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.ui.Screen;
import com.alluressories.caredesk.ui.TaskRunner;
import com.alluressories.caredesk.ui.setup.ShopSetupViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell's state without a window: the screen showing, the shop and who is signed in, backup problems. */
class ShellViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Hong_Kong"));
    private static final ShopProfile CWB = new ShopProfile("CWB", "Causeway Bay", "1 Yee Wo Street", "28001234");

    @TempDir
    Path dir;
    private Services services;

    private ShellViewModel model(boolean demo) {
        services = new Services(Store.open(dir), CLOCK, PolicyLoader.bundled());
        if (demo) {
            DemoShop.fill(services.store(), CLOCK);
        }
        return new ShellViewModel(services.shop(), services.staff(), services.session(), TaskRunner.sameThread(), dir,
                () -> Membership.of(services.store()).isPresent());
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void startsOnReceiptLookupAndShowsTheScreenAskedFor() {
        ShellViewModel model = model(false);
        assertThat(model.screenProperty().get()).isEqualTo(Screen.LOOKUP);
        model.show(Screen.TICKETS);
        assertThat(model.screenProperty().get()).isEqualTo(Screen.TICKETS);
        model.show(Screen.CLAIM);
        assertThat(model.screenProperty().get()).isEqualTo(Screen.CLAIM);
        assertThat(model.dataDir()).isEqualTo(dir);
    }

    @Test
    void theStatusBarReadsTheShopAfterARefresh() {
        ShellViewModel model = model(true);
        assertThat(model.profileProperty().get()).isEmpty();
        model.refresh();
        assertThat(model.profileProperty().get()).map(ShopProfile::code).contains("TST");
        assertThat(model.demoProperty().get()).isTrue();
    }

    @Test
    void aStoreWithNoShopShowsNone() {
        ShellViewModel model = model(false);
        model.refresh();
        assertThat(model.profileProperty().get()).isEmpty();
        assertThat(model.demoProperty().get()).isFalse();
    }

    @Test
    void joiningTheChainIsOfferedOnlyWhileThePcHasNotJoined() {
        ShellViewModel model = model(true);
        model.refresh();
        assertThat(model.joinedProperty().get()).isFalse();
        model.chainJoined(new SyncStatus("CWB", "shop", "http://hq/sync/caredesk-hub", SyncStatus.ONLINE, null, 0, 0,
                List.of(), 0));
        assertThat(model.joinedProperty().get()).isTrue();
        assertThat(model.syncStatusProperty().get().node()).isEqualTo("CWB");
    }

    @Test
    void aPcThatJoinedEarlierIsNotOfferedToJoinAgain() {
        ShellViewModel model = model(false);
        model.refresh();
        assertThat(model.joinedProperty().get()).isFalse();
        services.store().write(c -> {
            Settings.put(c, "chain.hub", "http://hq/sync/caredesk-hub");
            Settings.put(c, "chain.code", "CWB");
            return null;
        });
        model.refresh();
        assertThat(model.joinedProperty().get()).isTrue();
    }

    @Test
    void theHeaderNamesWhoIsSignedInUntilTheyAreNot() {
        ShellViewModel model = model(true);
        Actor amy = services.staff().signIn(DemoShop.counterStaff().staff().staffNo(), DemoShop.counterStaff().pin())
                .actor().orElseThrow();
        model.signedIn(amy);
        assertThat(model.userProperty().get()).contains(amy);
        model.signedOut();
        assertThat(model.userProperty().get()).isEmpty();
    }

    @Test
    void aFailedBackupStaysUntilOneWorks() {
        ShellViewModel model = model(false);
        assertThat(model.backupProblemProperty().get()).isNull();
        RuntimeException full = new com.alluressories.caredesk.store.StoreException("store.write.diskFull", "x.db");
        model.backupFailed(full);
        assertThat(model.backupProblemProperty().get()).isSameAs(full);
        model.backupFailed(null);
        assertThat(model.backupProblemProperty().get()).as("a failure without a reason still shows").isNotNull();
        model.backupWorked();
        assertThat(model.backupProblemProperty().get()).isNull();
    }

    @Test
    void leavingTheDemoSignsInTheNewManagerAndShowsTheRealShop() {
        ShellViewModel model = model(true);
        model.refresh();
        Actor manager = services.staff().signIn(DemoShop.manager().staff().staffNo(), DemoShop.manager().pin())
                .actor().orElseThrow();
        ShopSetupViewModel form = filledForm(true);
        List<Actor> newManagers = new ArrayList<>();
        List<Throwable> errors = new ArrayList<>();
        boolean[] done = {false};
        model.setUpShop(form, manager, newManagers::add, () -> done[0] = true, errors::add);
        assertThat(errors).isEmpty();
        assertThat(done[0]).isTrue();
        assertThat(newManagers).singleElement().satisfies(a -> assertThat(a.label()).isEqualTo("Mandy Kwok (1001)"));
        assertThat(services.session().current()).isEqualTo(Optional.of(newManagers.get(0)));
        assertThat(model.profileProperty().get()).contains(CWB);
        assertThat(model.demoProperty().get()).isFalse();
    }

    @Test
    void counterStaffCannotChangeTheShopAndNothingChanges() {
        ShellViewModel model = model(true);
        model.refresh();
        Actor staff = services.staff().signIn(DemoShop.counterStaff().staff().staffNo(), DemoShop.counterStaff().pin())
                .actor().orElseThrow();
        List<Throwable> errors = new ArrayList<>();
        model.setUpShop(filledForm(true), staff, a -> { throw new AssertionError(); },
                () -> { throw new AssertionError(); }, errors::add);
        assertThat(errors).singleElement().isInstanceOf(NotAllowedException.class);
        assertThat(model.demoProperty().get()).isTrue();
        assertThat(services.shop().isDemo()).isTrue();
    }

    private static ShopSetupViewModel filledForm(boolean leavingDemo) {
        ShopSetupViewModel form = new ShopSetupViewModel(Optional.empty(), leavingDemo);
        form.codeProperty().set(CWB.code());
        form.nameProperty().set(CWB.name());
        form.addressProperty().set(CWB.address());
        form.phoneProperty().set(CWB.phone());
        form.managerNoProperty().set("1001");
        form.managerNameProperty().set("Mandy Kwok");
        form.managerPinProperty().set("2580");
        form.managerPinAgainProperty().set("2580");
        return form;
    }
}
