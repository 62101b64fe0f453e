package com.alluressories.caredesk.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.staff.PinHasher;
import com.alluressories.caredesk.staff.Session;
import com.alluressories.caredesk.staff.StaffService;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.ui.I18n;
import com.alluressories.caredesk.ui.TaskRunner;
import com.alluressories.caredesk.ui.signin.SignInViewModel.Mode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignInViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Hong_Kong"));

    @TempDir
    Path dir;
    Store store;
    Session session;
    SignInViewModel model;
    final List<Actor> signedIn = new ArrayList<>();

    @BeforeEach
    void open() {
        store = Store.open(dir);
        session = new Session();
        StaffService staff = new StaffService(store, CLOCK, new PinHasher(4), new AuditLog(store, CLOCK));
        model = new SignInViewModel(staff, session, TaskRunner.sameThread());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aShopWithoutAManagerSetsUpTheFirstOneBeforeAnythingElse() {
        model.prepare(() -> { });
        assertThat(model.modeProperty().get()).isEqualTo(Mode.FIRST_MANAGER);
        model.staffNoProperty().set("1001");
        model.nameProperty().set("Mandy Kwok");
        model.pinProperty().set("1234");
        model.pinAgainProperty().set("4321");
        model.createFirstManager(signedIn::add);
        assertThat(model.messageProperty().get().key()).isEqualTo("signin.first.pinsDiffer");
        model.pinAgainProperty().set("12");
        model.pinProperty().set("12");
        model.createFirstManager(signedIn::add);
        assertThat(model.messageProperty().get().key()).isEqualTo("staff.problem.pin");
        assertThat(session.current()).isEmpty();
        model.pinProperty().set("1234");
        model.pinAgainProperty().set("1234");
        model.createFirstManager(signedIn::add);
        assertThat(signedIn).singleElement().satisfies(a -> assertThat(a.label()).isEqualTo("Mandy Kwok (1001)"));
        assertThat(session.current()).isPresent();
        assertThat(model.modeProperty().get()).isEqualTo(Mode.SIGN_IN);
        assertThat(model.pinProperty().get()).isEmpty();
    }

    @Test
    void aWrongPinSaysHowManyTriesAreLeftAndTheFifthLocks() {
        model.prepare(() -> { });
        model.staffNoProperty().set("1001");
        model.nameProperty().set("Mandy Kwok");
        model.pinProperty().set("1234");
        model.pinAgainProperty().set("1234");
        model.createFirstManager(signedIn::add);
        model.lock("shortcut");
        assertThat(session.current()).isEmpty();
        model.signIn(signedIn::add);
        assertThat(model.messageProperty().get().key()).isEqualTo("signin.needStaffNo");
        for (int left = 4; left >= 1; left--) {
            model.staffNoProperty().set("1001");
            model.pinProperty().set("0000");
            model.signIn(signedIn::add);
            assertThat(model.messageProperty().get().key()).isEqualTo("signin.wrongPin");
            assertThat(model.messageProperty().get().args()).containsExactly(left);
            assertThat(model.pinProperty().get()).as("the PIN field is cleared").isEmpty();
        }
        model.pinProperty().set("0000");
        model.signIn(signedIn::add);
        assertThat(model.messageProperty().get().key()).isEqualTo("signin.locked");
        assertThat(model.messageProperty().get().args()).containsExactly("10:05");
        assertThat(signedIn).hasSize(1);
        assertThat(session.current()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void oneTryLeftIsSaidInTheSingular() {
        com.alluressories.caredesk.ui.I18n en = new com.alluressories.caredesk.ui.I18n(com.alluressories.caredesk.ui.I18n.ENGLISH);
        org.assertj.core.api.Assertions.assertThat(en.get("signin.wrongPin", 1)).contains("1 more try ").doesNotContain("tries");
        org.assertj.core.api.Assertions.assertThat(en.get("signin.wrongPin", 4)).contains("4 more tries");
        com.alluressories.caredesk.ui.I18n zh = new com.alluressories.caredesk.ui.I18n(com.alluressories.caredesk.ui.I18n.CHINESE);
        org.assertj.core.api.Assertions.assertThat(zh.get("signin.wrongPin", 1)).contains("再錯 1 次");
    }

    @Test
    void anErrorIsToldInTheWindowsLanguageNeverAsItsEnglishMessage() {
        store.close(); // the store is gone from under the lock screen
        model.prepare(() -> { });
        SignInViewModel.Message message = model.messageProperty().get();
        assertThat(message.key()).isEqualTo("signin.error");
        I18n zh = new I18n(I18n.CHINESE);
        String words = message.words(zh);
        // The store's refusal, in Chinese (it names the store, so staff can tell IT which file).
        assertThat(words).startsWith("登入失敗：無法儲存到").doesNotContain("Could not save");
        // A refusal among the arguments is worded from its key, in that language too.
        String refused = SignInViewModel.Message.error(new com.alluressories.caredesk.staff.StaffException(
                "staff.problem.unknown", "9")).words(zh);
        assertThat(refused).isEqualTo("登入失敗：" + zh.get("staff.problem.unknown", "9"));
        store = Store.open(dir);
    }
}
