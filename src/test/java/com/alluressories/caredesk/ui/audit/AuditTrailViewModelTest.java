package com.alluressories.caredesk.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.AuditAction;
import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.staff.StaffFixture;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.ui.TaskRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditTrailViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Hong_Kong"));

    @TempDir
    Path dir;
    Store store;
    AuditLog audit;
    AuditTrailViewModel model;
    final Actor ken = StaffFixture.staff("2001", "Ken Wong");
    boolean managerApproves;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("data"));
        audit = new AuditLog(store, CLOCK);
        audit.append(ken, AuditAction.TICKET_PRINTED, "TST-261127-0001", Map.of("document", "CUSTOMER"));
        audit.append(ken, AuditAction.TICKET_REPRINTED, "TST-261127-0001", Map.of("document", "CUSTOMER"));
        model = new AuditTrailViewModel(audit, TaskRunner.sameThread(), (permission, approved) -> {
            if (managerApproves) {
                approved.accept(StaffFixture.approved(ken, "1001", "Mandy Kwok"));
            }
        }, CLOCK);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void counterStaffSeeNothingUntilAManagerApproves() {
        model.signedIn(ken);
        model.refresh();
        model.verify();
        assertThat(model.authorizedProperty().get()).isFalse();
        assertThat(model.entries()).isEmpty();
        assertThat(model.checkProperty().get()).isNull();
        model.askManager();
        assertThat(model.authorizedProperty().get()).isFalse();
        managerApproves = true;
        model.askManager();
        assertThat(model.authorizedProperty().get()).isTrue();
        assertThat(model.entries()).extracting(e -> e.action()).containsExactly("TICKET_REPRINTED", "TICKET_PRINTED");
        model.actionProperty().set(AuditAction.TICKET_PRINTED);
        assertThat(model.entries()).hasSize(1);
        model.verify();
        assertThat(model.checkProperty().get().intact()).isTrue();
        // Locking the window closes the screen again.
        model.forgetApproval();
        assertThat(model.entries()).isEmpty();
        assertThat(model.authorizedProperty().get()).isFalse();
    }

    @Test
    void aManagerExportsWhatIsListedAndTheExportIsRecorded() throws Exception {
        model.signedIn(StaffFixture.manager("1001", "Mandy Kwok"));
        assertThat(model.authorizedProperty().get()).isTrue();
        model.textProperty().set("TST-261127-0001");
        Path csv = dir.resolve("audit.csv");
        int[] written = {-1};
        model.export(csv, n -> written[0] = n);
        assertThat(written[0]).isEqualTo(2);
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(3);
        assertThat(text).contains("TICKET_REPRINTED").contains("Ken Wong");
        assertThat(Files.exists(dir.resolve("audit.csv.part"))).isFalse();
        assertThat(audit.list(com.alluressories.caredesk.staff.AuditFilter.all()).get(0)).satisfies(e -> {
            assertThat(e.action()).isEqualTo("AUDIT_EXPORTED");
            assertThat(e.staffNo()).contains("1001");
        });
    }

    @Test
    void detailsReadAsWordsNotJsonInTheReadersLanguage() {
        com.alluressories.caredesk.policy.Policy policy = com.alluressories.caredesk.policy.PolicyLoader.bundled();
        AuditWords en = new AuditWords(new com.alluressories.caredesk.ui.I18n(com.alluressories.caredesk.ui.I18n.ENGLISH), policy);
        AuditWords zh = new AuditWords(new com.alluressories.caredesk.ui.I18n(com.alluressories.caredesk.ui.I18n.CHINESE), policy);
        String transition = "{\"from\":\"RECEIVED\",\"to\":\"IN_REPAIR\",\"wrong_pins\":5}";
        assertThat(en.details(transition)).isEqualTo("from: Received · to: In repair · wrong PINs: 5");
        String saved = "{\"final_verdict\":\"WARRANTY_REPAIR\",\"findings\":[\"WORN_PRONG\",\"TARNISH\"]}";
        assertThat(zh.details(saved)).isEqualTo("決定：保養維修：免費 · 檢查結果：爪位磨損、氧化變色")
                .doesNotContain("WARRANTY_REPAIR").doesNotContain(",");
        assertThat(zh.record("claim 10")).isEqualTo("申請 10");
        assertThat(en.record("claim 10")).isEqualTo("Claim 10");
        assertThat(zh.record("TST-261127-0001")).isEqualTo("TST-261127-0001");
        assertThat(en.details("not json")).isEqualTo("not json");
        assertThat(zh.details("{\"promised\":\"2026-12-20\",\"chargeable\":true}")).isEqualTo("預計取件：2026年12月20日 · 收費：是");
        assertThat(en.details("{\"reason\":\"wrong_pin\",\"permission\":\"OVERRIDE_PICKUP\"}"))
                .isEqualTo("reason: wrong PIN · for: hand over without the phone check");
    }
}
