package com.alluressories.caredesk.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.alluressories.caredesk.claim.ClaimSummary;
import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.staff.NotAllowedException;
import com.alluressories.caredesk.staff.StaffFixture;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.store.StoredTime;
import com.alluressories.caredesk.ticket.TicketFixture;
import com.alluressories.caredesk.ticket.TicketService;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A correction reaches every receipt, claim and ticket of that customer, and nobody else's; audited without the data. */
class CorrectionServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Hong_Kong"));

    @TempDir
    Path dir;

    private static List<String> rows(Store store, String sql) {
        return store.read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement st = c.createStatement(); var rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    @Test
    void aCorrectionReachesEveryRecordOfThatCustomer() {
        try (Store store = Store.open(dir)) {
            store.write(c -> {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("INSERT INTO receipt (id, receipt_no, shop_code, purchased_at, customer_name, "
                            + "customer_phone) VALUES (1, 'TST-1', 'TST', " + StoredTime.encode(LocalDate.of(2026, 10, 1)
                            .atTime(12, 0)) + ", 'Chan Tai Man', '91234567'), (2, 'TST-2', 'TST', 20261002120000, "
                            + "'Chan Siu Ming', '91234567'), (3, 'TST-3', 'TST', 20261003120000, 'Lee Ka Yan', '61234567')");
                }
                return null;
            });
            ClaimSummary his = TicketFixture.claim(store, CLOCK, "Chan  Tai Man", "91234567", Set.of("TARNISH"));
            ClaimSummary other = TicketFixture.claim(store, CLOCK, "Chan Siu Ming", "91234567", Set.of("TARNISH"));
            TicketService tickets = new TicketService(store, CLOCK, () -> StaffFixture.staff("2001", "Amy"),
                    new AuditLog(store, CLOCK));
            tickets.open(his, "TST", LocalDate.of(2026, 12, 4));
            tickets.open(other, "TST", LocalDate.of(2026, 12, 4));
            CorrectionService corrections = new CorrectionService(store, CLOCK, new AuditLog(store, CLOCK),
                    () -> StaffFixture.manager("1001", "Mandy Kwok"));

            CorrectionService.Corrected done = corrections.correct("9123 4567", Optional.of("chan tai man"),
                    "Chan Tai-man", "+852 9876 5432", "Customer changed number");
            assertThat(done).isEqualTo(new CorrectionService.Corrected(1, 1, 1));
            assertThat(rows(store, "SELECT receipt_no || ':' || customer_name || ':' || customer_phone FROM receipt "
                    + "ORDER BY id")).containsExactly("TST-1:Chan Tai-man:98765432", "TST-2:Chan Siu Ming:91234567",
                    "TST-3:Lee Ka Yan:61234567");
            assertThat(rows(store, "SELECT c.customer_name || ':' || c.customer_phone || ':' || t.customer_last4 "
                    + "FROM claim c JOIN ticket t ON t.claim_id = c.id ORDER BY c.customer_name"))
                    .containsExactly("Chan Siu Ming:91234567:4567", "Chan Tai-man:98765432:5432");
            String audited = rows(store, "SELECT details FROM audit_log WHERE action = 'CUSTOMER_CORRECTED'").get(0);
            assertThat(audited).contains("\"reason\":\"Customer changed number\"", "\"claims\":1")
                    .doesNotContain("9123", "9876", "Chan");

            assertThatThrownBy(() -> corrections.correct("55555555", Optional.empty(), "Nobody", "66666666", "typo"))
                    .isInstanceOfSatisfying(PrivacyException.class,
                            e -> assertThat(e.key()).isEqualTo("privacy.correct.none"));
            assertThatThrownBy(() -> corrections.correct("91234567", Optional.empty(), "Chan", "98765432", " "))
                    .isInstanceOfSatisfying(PrivacyException.class,
                            e -> assertThat(e.key()).isEqualTo("privacy.correct.reason"));
            assertThatThrownBy(() -> new CorrectionService(store, CLOCK, new AuditLog(store, CLOCK),
                    () -> StaffFixture.staff("2001", "Amy")).correct("91234567", Optional.empty(), "X", "98765432",
                    "typo")).isInstanceOf(NotAllowedException.class);
            assertThat(rows(store, "SELECT count(*) FROM receipt WHERE customer_phone = '91234567'")).containsExactly("1");
        }
    }
}
