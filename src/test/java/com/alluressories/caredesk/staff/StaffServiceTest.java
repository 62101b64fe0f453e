package com.alluressories.caredesk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.alluressories.caredesk.MovingClock;
import com.alluressories.caredesk.shop.ShopProfile;
import com.alluressories.caredesk.shop.ShopService;
import com.alluressories.caredesk.store.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class StaffServiceTest {

    @TempDir
    Path dir;
    Store store;
    MovingClock clock;
    AuditLog audit;
    StaffService staff;
    Actor manager;

    @BeforeEach
    void open() {
        store = Store.open(dir);
        clock = new MovingClock(Instant.parse("2026-11-27T02:00:00Z"));
        audit = new AuditLog(store, clock);
        staff = new StaffService(store, clock, new PinHasher(4), audit);
        manager = staff.createFirstManager("1001", "Mandy Kwok 郭文迪", "1234");
        staff.add(manager, "2001", "Ken Wong", Role.STAFF, "2222");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Actor signIn(String no, String pin) {
        SignIn result = staff.signIn(no, pin);
        assertThat(result.outcome()).isEqualTo(SignIn.Outcome.SIGNED_IN);
        return result.actor().orElseThrow();
    }

    @Test
    void theRightPinSignsInAndIsRecorded() {
        Actor ken = signIn(" 2001 ", "2222");
        assertThat(ken.label()).isEqualTo("Ken Wong (2001)");
        assertThat(ken.holds(Permission.OVERRIDE_VERDICT)).isFalse();
        assertThat(audit.list(AuditFilter.all()).get(0)).satisfies(e -> {
            assertThat(e.action()).isEqualTo("SIGN_IN");
            assertThat(e.staffNo()).contains("2001");
        });
    }

    @Test
    void fiveWrongPinsLockTheNumberForFiveMinutesAndTheLockExpires() {
        for (int left = 4; left >= 1; left--) {
            SignIn wrong = staff.signIn("2001", "9999");
            assertThat(wrong.outcome()).isEqualTo(SignIn.Outcome.WRONG_PIN);
            assertThat(wrong.triesLeft()).isEqualTo(left);
        }
        SignIn fifth = staff.signIn("2001", "9999");
        assertThat(fifth.outcome()).isEqualTo(SignIn.Outcome.LOCKED);
        assertThat(fifth.lockedUntil()).contains(LocalDateTime.of(2026, 11, 27, 10, 5));
        // While locked even the right PIN is refused, and not checked.
        assertThat(staff.signIn("2001", "2222").outcome()).isEqualTo(SignIn.Outcome.LOCKED);
        // Another staff number is not affected.
        signIn("1001", "1234");
        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        assertThat(staff.signIn("2001", "2222").outcome()).isEqualTo(SignIn.Outcome.LOCKED);
        clock.advance(Duration.ofSeconds(1));
        signIn("2001", "2222");
        // The count starts again after a good sign-in.
        assertThat(staff.signIn("2001", "0000").triesLeft()).isEqualTo(4);
        assertThat(audit.list(AuditFilter.all())).extracting(AuditEntry::action).contains("LOCKED_OUT", "SIGN_IN_FAILED");
    }

    @Test
    void aLockoutHoldsAcrossARestart() {
        for (int i = 0; i < 5; i++) {
            staff.signIn("2001", "0000");
        }
        StaffService afterRestart = new StaffService(store, clock, new PinHasher(4), audit);
        assertThat(afterRestart.signIn("2001", "2222").outcome()).isEqualTo(SignIn.Outcome.LOCKED);
    }

    @Test
    void unknownAndInactiveNumbersAndMalformedPinsAreRefused() {
        assertThat(staff.signIn("7777", "1234").outcome()).isEqualTo(SignIn.Outcome.UNKNOWN_STAFF);
        assertThat(staff.signIn("2001", "22a2").outcome()).isEqualTo(SignIn.Outcome.WRONG_PIN);
        staff.setActive(manager, "2001", false);
        assertThat(staff.signIn("2001", "2222").outcome()).isEqualTo(SignIn.Outcome.INACTIVE);
        staff.setActive(manager, "2001", true);
        signIn("2001", "2222");
    }

    @Test
    void everyManagerOnlyActionIsRefusedForStaffAndAllowedWithAManagersApproval() {
        Actor ken = signIn("2001", "2222");
        assertThatThrownBy(() -> staff.add(ken, "2002", "Iris Lam", Role.STAFF, "3333"))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> staff.setActive(ken, "1001", false)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> staff.resetPin(ken, "1001", "0000")).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> staff.setIdleLock(ken, Duration.ofMinutes(30))).isInstanceOf(NotAllowedException.class);
        ShopService shop = new ShopService(store, audit, () -> ken, com.alluressories.caredesk.app.Services.STORED_DATA);
        ShopProfile profile = new ShopProfile("CWB", "Causeway Bay", "1 Yee Wo Street", "28001234");
        assertThatThrownBy(() -> shop.updateProfile(profile, ken)).isInstanceOf(NotAllowedException.class);
        assertThat(staff.find("2002")).isEmpty();
        assertThat(staff.idleLock()).isEqualTo(StaffService.DEFAULT_IDLE_LOCK);

        // A staff member cannot approve; a manager's wrong PIN is refused; the manager's PIN approves.
        assertThat(staff.approve(ken, "2001", "2222", Permission.EDIT_STAFF).outcome())
                .isEqualTo(SignIn.Outcome.NOT_MANAGER);
        assertThat(staff.approve(ken, "1001", "4321", Permission.EDIT_STAFF).outcome())
                .isEqualTo(SignIn.Outcome.WRONG_PIN);
        Actor approved = staff.approve(ken, "1001", "1234", Permission.EDIT_STAFF).actor().orElseThrow();
        assertThat(approved.staffNo()).contains("2001");
        assertThat(approved.approver().map(Staff::staffNo)).contains("1001");
        staff.add(approved, "2002", "Iris Lam", Role.STAFF, "3333");
        staff.resetPin(approved, "2002", "4444");
        staff.setIdleLock(approved, Duration.ofMinutes(30));
        shop.updateProfile(profile, approved);
        staff.setActive(approved, "2002", false);
        assertThat(staff.idleLock()).isEqualTo(Duration.ofMinutes(30));
        assertThat(staff.find("2002")).hasValueSatisfying(s -> assertThat(s.active()).isFalse());
        // Both names are on every entry made with the approval.
        assertThat(audit.list(AuditFilter.all())).filteredOn(e -> List.of("STAFF_ADDED", "PIN_RESET", "SETTINGS_CHANGED",
                "STAFF_DEACTIVATED").contains(e.action()) && e.record().matches("2002|staff.idle_lock_seconds|shop"))
                .hasSize(5).allSatisfy(e -> {
                    assertThat(e.staffNo()).contains("2001");
                    assertThat(e.approvedNo()).contains("1001");
                });
        // The approval is for the action at hand: signing in drops it.
        Session session = new Session();
        session.signIn(approved);
        assertThat(session.get().approver()).isEmpty();
    }

    @Test
    void theLastActiveManagerStaysAndNewStaffAreChecked() {
        assertThatThrownBy(() -> staff.setActive(manager, "1001", false)).isInstanceOf(StaffException.class)
                .hasMessageContaining("last active manager");
        assertThatThrownBy(() -> staff.add(manager, "2001", "Someone", Role.STAFF, "1111"))
                .isInstanceOf(StaffException.class).hasMessageContaining("already in use");
        assertThatThrownBy(() -> staff.add(manager, "20 01", "Someone", Role.STAFF, "1111"))
                .isInstanceOf(StaffException.class).hasMessageContaining("letters or digits");
        assertThatThrownBy(() -> staff.add(manager, "2003", " ", Role.STAFF, "1111"))
                .isInstanceOf(StaffException.class).hasMessageContaining("name");
        for (String pin : new String[] {"123", "123456789", "12a4", ""}) {
            assertThatThrownBy(() -> staff.add(manager, "2003", "Someone", Role.STAFF, pin))
                    .isInstanceOf(StaffException.class).hasMessageContaining("4 to 8 digits");
        }
        assertThatThrownBy(() -> staff.createFirstManager("1002", "Second", "1234")).isInstanceOf(StaffException.class);
    }

    @Test
    void aResetPinLiftsALockout() {
        for (int i = 0; i < 5; i++) {
            staff.signIn("2001", "0000");
        }
        staff.resetPin(manager, "2001", "8642");
        assertThat(staff.signIn("2001", "2222").outcome()).isEqualTo(SignIn.Outcome.WRONG_PIN);
        signIn("2001", "8642");
    }

    @Test
    void noPinOrHashReachesTheLogOrTheAuditTrail() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        ch.qos.logback.classic.Level before = root.getLevel();
        root.setLevel(ch.qos.logback.classic.Level.ALL);
        try {
            staff.add(manager, "2002", "Iris Lam", Role.STAFF, "5791");
            staff.signIn("2002", "5791");
            staff.signIn("2002", "8080");
            staff.approve(signIn("2001", "2222"), "1001", "1234", Permission.OVERRIDE_VERDICT);
            staff.resetPin(manager, "2002", "97531");
        } finally {
            root.detachAppender(captured);
            root.setLevel(before);
        }
        String stored = store.read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT pin_hash FROM staff WHERE staff_no = '2002'")) {
                rs.next();
                return rs.getString(1);
            }
        });
        List<String> logged = captured.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        List<String> trail = audit.list(AuditFilter.all()).stream().map(e -> e.record() + " " + e.details()).toList();
        for (String secret : new String[] {"5791", "8080", "1234", "97531", stored, "$2a$"}) {
            assertThat(logged).noneMatch(line -> line.contains(secret));
            assertThat(trail).noneMatch(line -> line.contains(secret));
        }
    }

}
