package com.alluressories.caredesk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.store.StoreException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Hong_Kong"));

    @TempDir
    Path dir;
    Store store;
    AuditLog audit;
    Actor ken = StaffFixture.staff("2001", "Ken Wong 黃家健");

    @BeforeEach
    void open() {
        store = Store.open(dir);
        audit = new AuditLog(store, CLOCK);
        for (int i = 1; i <= 5; i++) {
            audit.append(i == 3 ? StaffFixture.approved(ken, "1001", "Mandy Kwok") : ken, AuditAction.TICKET_TRANSITION,
                    "TST-261127-000" + i, Map.of("from", "RECEIVED", "to", "IN_REPAIR", "note", "第 " + i + " 張"));
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Edits the store file directly, as someone with the file and the sqlite3 shell could. */
    private void tamper(String... sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.file()); Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    @Test
    void eachEntryLinksToTheOneBeforeAndTheChainVerifies() {
        var entries = audit.list(AuditFilter.all());
        assertThat(entries).extracting(AuditEntry::seq).containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(entries.get(4).prevHash()).isEqualTo(AuditLog.GENESIS);
        for (int i = 0; i < 4; i++) {
            assertThat(entries.get(i).prevHash()).isEqualTo(entries.get(i + 1).hash());
        }
        assertThat(entries.get(2).approvedNo()).contains("1001");
        assertThat(audit.verify().intact()).isTrue();
        assertThat(audit.verify().entries()).isEqualTo(5);
    }

    @Test
    void updateAndDeleteAreRefusedByTheStore() {
        assertThatThrownBy(() -> store.write(c -> c.createStatement().executeUpdate(
                "UPDATE audit_log SET details = '{}' WHERE seq = 2"))).isInstanceOf(StoreException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> store.write(c -> c.createStatement().executeUpdate("DELETE FROM audit_log")))
                .isInstanceOf(StoreException.class).hasMessageContaining("append-only");
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void anEntryChangedInTheFileIsNamed() throws Exception {
        tamper("DROP TRIGGER audit_log_no_update",
                "UPDATE audit_log SET details = replace(details, 'IN_REPAIR', 'COLLECTED') WHERE seq = 3",
                "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'x'); END");
        AuditCheck check = audit.verify();
        assertThat(check.intact()).isFalse();
        assertThat(check.brokenSeq()).contains(3L);
        assertThat(check.describe()).contains("entry 3").contains("do not match its hash");
    }

    @Test
    void aChangedAndRehashedEntryStillBreaksTheLinkOfTheNext() throws Exception {
        // Whoever changes an entry and recomputes its hash leaves the next entry pointing at the old hash.
        AuditEntry two = audit.list(AuditFilter.all()).get(3);
        String details = two.details().replace("IN_REPAIR", "COLLECTED");
        String rehashed = AuditLog.hashOf(2, 20261127100000L, "2001", two.staffName(), null, null, two.action(),
                two.record(), details, two.prevHash());
        tamper("DROP TRIGGER audit_log_no_update",
                "UPDATE audit_log SET details = '" + details.replace("'", "''") + "', hash = '" + rehashed + "' WHERE seq = 2");
        AuditCheck check = audit.verify();
        assertThat(check.brokenSeq()).contains(3L);
        assertThat(check.problem()).contains("does not link to the entry before it");
    }

    @Test
    void aDeletedEntryIsNamed() throws Exception {
        tamper("DROP TRIGGER audit_log_no_delete", "DELETE FROM audit_log WHERE seq = 2");
        AuditCheck check = audit.verify();
        assertThat(check.brokenSeq()).contains(2L);
        assertThat(check.describe()).contains("broken at entry 2: it is missing (deleted): entry 3 follows entry 1");
    }

    @Test
    void entriesCutOffTheEndAreNamedToo() throws Exception {
        tamper("DROP TRIGGER audit_log_no_delete", "DELETE FROM audit_log WHERE seq >= 4");
        AuditCheck check = audit.verify();
        assertThat(check.brokenSeq()).contains(4L);
        assertThat(check.problem()).contains("up to 5").contains("removed from the end");
    }

    @Test
    void droppedTriggersAreReportedEvenWhenTheChainIsWhole() throws Exception {
        tamper("DROP TRIGGER audit_log_no_delete");
        AuditCheck check = audit.verify();
        assertThat(check.intact()).isFalse();
        assertThat(check.brokenSeq()).isEmpty();
        assertThat(check.describe()).contains("audit_log_no_delete");
    }

    @Test
    void theTrailIsFilteredAndExportedWithItsHashes() throws Exception {
        Actor iris = StaffFixture.staff("2002", "Iris Lam");
        audit.append(iris, AuditAction.TICKET_PRINTED, "TST-261127-0009", Map.of("document", "TAG"));
        AuditFilter byIris = new AuditFilter(Optional.of(LocalDate.of(2026, 11, 27)), Optional.of(LocalDate.of(2026, 11, 27)),
                Optional.of("2002"), Optional.empty(), Optional.empty(), 100);
        assertThat(audit.list(byIris)).extracting(AuditEntry::record).containsExactly("TST-261127-0009");
        AuditFilter approvals = new AuditFilter(Optional.empty(), Optional.empty(), Optional.of("1001"), Optional.empty(),
                Optional.empty(), 100);
        assertThat(audit.list(approvals)).extracting(AuditEntry::seq).containsExactly(3L);
        AuditFilter text = new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(AuditAction.TICKET_TRANSITION), Optional.of("第 4"), 100);
        assertThat(audit.list(text)).extracting(AuditEntry::seq).containsExactly(4L);
        AuditFilter nextDay = new AuditFilter(Optional.of(LocalDate.of(2026, 11, 28)), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), 100);
        assertThat(audit.list(nextDay)).isEmpty();

        StringWriter csv = new StringWriter();
        AuditLog.writeCsv(audit.list(AuditFilter.all()), csv, ZoneId.of("Asia/Hong_Kong"));
        assertThat(csv.toString()).startsWith("\uFEFFseq,at,staff_no,staff_name,approved_no,approved_name,action,record,"
                + "details,prev_hash,hash");
        var records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(csv.toString().substring(1))).getRecords();
        assertThat(records).hasSize(6);
        CSVRecord third = records.get(3);
        assertThat(third.get("seq")).isEqualTo("3");
        assertThat(third.get("at")).isEqualTo("2026-11-27T10:00:00+08:00");
        assertThat(third.get("staff_name")).isEqualTo("Ken Wong 黃家健");
        assertThat(third.get("approved_no")).isEqualTo("1001");
        assertThat(third.get("details")).contains("第 3 張");
        assertThat(third.get("hash")).hasSize(64);
    }
}
