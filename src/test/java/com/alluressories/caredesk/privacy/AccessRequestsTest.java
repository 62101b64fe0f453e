package com.alluressories.caredesk.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.staff.StaffFixture;
import com.alluressories.caredesk.store.Store;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data access request kept open: its 40 days count from the day it was received, the list shows
 * the days left (or late), answering closes it and forgets whom it was about, and the trail holds
 * its reference and dates only.
 */
class AccessRequestsTest {
    private static final ZoneId HK = ZoneId.of("Asia/Hong_Kong");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), HK);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;

    private static CustomerDataService service(Store store) {
        return new CustomerDataService(store, CLOCK, new AuditLog(store, CLOCK),
                () -> StaffFixture.manager("1001", "Mandy Kwok"));
    }

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
    void anOpenRequestCountsItsFortyDaysFromTheDayItWasReceived() {
        try (Store store = Store.open(dir)) {
            CustomerDataService access = service(store);
            var late = access.receive("9123 4567", Optional.of("Chan  Tai Man"), TODAY.minusDays(41));
            var due = access.receive("+852 6123 4567", Optional.empty(), TODAY.minusDays(40));
            var fresh = access.receive("51234567", Optional.empty(), TODAY);
            var sameDay = access.receive("51234568", Optional.empty(), TODAY);

            assertThat(access.openRequests()).extracting(CustomerDataService.OpenRequest::reference)
                    .containsExactly(late.reference(), due.reference(), fresh.reference(), sameDay.reference());
            assertThat(late.daysLeft(TODAY)).isEqualTo(-1);
            assertThat(due.daysLeft(TODAY)).isZero();
            assertThat(fresh.daysLeft(TODAY)).isEqualTo(40);
            assertThat(fresh.deadline()).isEqualTo(LocalDate.of(2027, 1, 6));
            assertThat(fresh.reference()).isEqualTo("AR-20261127-1");
            assertThat(sameDay.reference()).isEqualTo("AR-20261127-2");
            assertThat(late.phone()).isEqualTo("91234567");
            assertThat(late.name()).isEqualTo("Chan Tai Man");

            CustomerData answer = access.answer(late.reference());
            assertThat(answer.requested()).isEqualTo(TODAY.minusDays(41));
            assertThat(answer.deadline()).isEqualTo(TODAY.minusDays(1));
            assertThat(access.openRequests()).extracting(CustomerDataService.OpenRequest::reference)
                    .doesNotContain(late.reference());
            assertThat(rows(store, "SELECT customer_phone || '|' || customer_name || '|' || answered_on FROM access_request "
                    + "WHERE reference = '" + late.reference() + "'")).containsExactly("||2026-11-27");
            assertThatThrownBy(() -> access.answer(late.reference()))
                    .isInstanceOfSatisfying(PrivacyException.class, e -> assertThat(e.key()).isEqualTo("privacy.requests.notOpen"));
            assertThat(rows(store, "SELECT record || ' ' || details FROM audit_log WHERE action LIKE 'ACCESS_REQUEST_%'"))
                    .hasSize(5).noneMatch(e -> e.contains("9123") || e.contains("Chan"))
                    .anyMatch(e -> e.startsWith(late.reference()) && e.contains("2026-10-17"));
        }
    }

    @Test
    void aRequestReceivedTomorrowOrWithoutAPhoneIsRefused() {
        try (Store store = Store.open(dir)) {
            CustomerDataService access = service(store);
            assertThatThrownBy(() -> access.receive("91234567", Optional.empty(), TODAY.plusDays(1)))
                    .isInstanceOfSatisfying(PrivacyException.class, e -> assertThat(e.key()).isEqualTo("privacy.access.received.future"));
            assertThatThrownBy(() -> access.find("91234567", Optional.empty(), TODAY.plusDays(1)))
                    .isInstanceOfSatisfying(PrivacyException.class, e -> assertThat(e.key()).isEqualTo("privacy.access.received.future"));
            assertThatThrownBy(() -> access.receive("1234", Optional.empty(), TODAY))
                    .isInstanceOfSatisfying(PrivacyException.class, e -> assertThat(e.key()).isEqualTo("privacy.access.phone"));
            assertThatThrownBy(() -> access.receive("91234567", Optional.of("A123456(3)"), TODAY))
                    .isInstanceOfSatisfying(PrivacyException.class, e -> assertThat(e.key()).isEqualTo("privacy.correct.hkid"));
            assertThat(access.openRequests()).isEmpty();
        }
    }
}
