package com.alluressories.caredesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.staff.PinHasher;
import com.alluressories.caredesk.staff.Role;
import com.alluressories.caredesk.staff.Staff;
import com.alluressories.caredesk.staff.StaffException;
import com.alluressories.caredesk.staff.StaffService;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.ui.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The staff screen's state, without a window: who gets in, and what a refused change leaves. */
class StaffViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Hong_Kong"));

    @TempDir
    Path dir;
    Store store;
    StaffService staff;
    Actor manager;
    Actor ken;
    final List<Actor> approvals = new ArrayList<>();
    StaffViewModel model;

    @BeforeEach
    void open() {
        store = Store.open(dir);
        staff = new StaffService(store, CLOCK, new PinHasher(4), new AuditLog(store, CLOCK));
        manager = staff.createFirstManager("1001", "Mandy Kwok", "1234");
        staff.add(manager, "2001", "Ken Wong", Role.STAFF, "2222");
        ken = staff.signIn("2001", "2222").actor().orElseThrow();
        // The manager approves whenever asked, as the dialog would once the PIN checks out.
        model = new StaffViewModel(staff, TaskRunner.sameThread(), (permission, approved) -> {
            Actor withApproval = staff.approve(ken, "1001", "1234", permission).actor().orElseThrow();
            approvals.add(withApproval);
            approved.accept(withApproval);
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aManagerWalksInAndSeesTheListAStaffMemberNeedsAnApproval() {
        model.signedIn(ken);
        assertThat(model.authorizedProperty().get()).isFalse();
        assertThat(model.staff()).isEmpty();
        model.add("2002", "Iris Lam", Role.STAFF, "3333", () -> { });
        assertThat(staff.find("2002")).as("nothing changes while the door is shut").isEmpty();

        model.askManager();
        assertThat(model.authorizedProperty().get()).isTrue();
        assertThat(model.staff()).extracting(Staff::staffNo).containsExactly("1001", "2001");
        model.forgetApproval();
        assertThat(model.staff()).isEmpty();

        model.signedIn(manager);
        assertThat(model.authorizedProperty().get()).isTrue();
        assertThat(model.staff()).extracting(Staff::staffNo).containsExactly("1001", "2001");
    }

    @Test
    void aChangeIsMadeUnderTheApprovalAndTheListFollows() {
        model.signedIn(ken);
        model.askManager();
        boolean[] done = {false};
        model.add(" 2002 ", "Iris Lam", Role.STAFF, "3333", () -> done[0] = true);
        assertThat(done[0]).isTrue();
        assertThat(model.errorProperty().get()).isNull();
        assertThat(model.staff()).extracting(Staff::staffNo).containsExactly("1001", "2001", "2002");
        model.setActive(model.staff().get(2), false);
        assertThat(model.staff()).extracting(Staff::staffNo).containsExactly("1001", "2001", "2002");
        assertThat(model.staff().get(2).active()).isFalse();
        assertThat(approvals).singleElement().satisfies(a -> assertThat(a.approver()).isPresent());
    }

    @Test
    void aRefusedChangeKeepsItsKeyForTheViewToWord() {
        model.signedIn(manager);
        boolean[] done = {false};
        model.add("2003", "Someone", Role.STAFF, "12", () -> done[0] = true);
        assertThat(done[0]).isFalse();
        assertThat(model.errorProperty().get()).isInstanceOfSatisfying(StaffException.class,
                e -> assertThat(e.key()).isEqualTo("staff.problem.pin"));
        model.setActive(model.staff().get(0), false);
        assertThat(model.errorProperty().get()).isInstanceOfSatisfying(StaffException.class,
                e -> assertThat(e.key()).isEqualTo("staff.problem.lastManager"));
        model.setIdleLock(481, () -> { });
        assertThat(model.errorProperty().get()).isInstanceOfSatisfying(StaffException.class,
                e -> assertThat(e.key()).isEqualTo("staff.problem.idleRange"));
        assertThat(model.idleLockProperty().get()).isEqualTo(Duration.ofMinutes(5));
        model.setIdleLock(30, () -> { });
        assertThat(model.errorProperty().get()).isNull();
        assertThat(model.idleLockProperty().get()).isEqualTo(Duration.ofMinutes(30));
        assertThat(staff.idleLock()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void theIdleLockIsReadFromTheStore() {
        staff.setIdleLock(manager, Duration.ofMinutes(12));
        assertThat(model.idleLockProperty().get()).isEqualTo(Duration.ofMinutes(5));
        model.loadIdleLock();
        assertThat(model.idleLockProperty().get()).isEqualTo(Duration.ofMinutes(12));
    }
}
