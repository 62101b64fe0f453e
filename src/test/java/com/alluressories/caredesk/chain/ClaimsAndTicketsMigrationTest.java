package com.alluressories.caredesk.chain;

import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.staff.StaffFixture;
import com.alluressories.caredesk.store.RowKey;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.ticket.TicketEvent;
import com.alluressories.caredesk.ticket.TicketService;
import com.alluressories.caredesk.ticket.TicketState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * A store from before claims and tickets were shared: its keys become the chain's, its ticket
 * history becomes events from which the same state is derived, and its photos go into the store.
 */
class ClaimsAndTicketsMigrationTest {
    @TempDir
    Path dir;

    static final String TICKET_COLUMNS = "ticket_no, state, workshop, expected_return, quote_cents, quote_decision, "
            + "quote_decided_how, quote_decided_at, outcome, final_charge_cents, collected_at";

    @Test
    void aCollectedChargeableTicketKeepsItsStateAmountsHistoryAndPhotos() throws Exception {
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + dir.resolve(Store.FILE_NAME));
        Flyway.configure().dataSource(ds).locations(Store.MIGRATIONS).target("10").load().migrate();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 9, 9};
        String sha = "ab" + "c".repeat(62);
        Files.createDirectories(dir.resolve("photos").resolve("ab"));
        Files.write(dir.resolve("photos").resolve("ab").resolve(sha + ".png"), png);
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO claim (id, uuid, created_at, shop_code, staff_name, customer_name, customer_phone, "
                    + "item_description, metal, complaint, policy_id, policy_version, policy_verdict, warranty_months, "
                    + "final_verdict, decision_json) VALUES (7, 'claim-uuid-7', 20261101100000, 'CWB', 'Amy', 'Chan', "
                    + "'91234567', 'Ring', 'SILVER', 'Bent', 'p', '1', 'CHARGEABLE_REPAIR', 3, 'CHARGEABLE_REPAIR', '{}')");
            st.execute("INSERT INTO claim_photo VALUES (7, 1, '" + sha + "', 'image/png', 'ring.png')");
            st.execute("INSERT INTO ticket (id, uuid, ticket_no, shop_code, claim_id, state, chargeable, created_at, "
                    + "promised_date, workshop, expected_return, quote_cents, quote_decision, quote_decided_how, "
                    + "quote_decided_at, outcome, final_charge_cents, collected_at, customer_last4) VALUES (3, "
                    + "'ticket-uuid-3', 'CWB-261101-0001', 'CWB', 7, 'COLLECTED', 1, 20261101100000, '2026-11-08', "
                    + "'Kwun Tong', '2026-11-06', 45000, 'APPROVED', 'by phone', 20261103100000, 'REPAIRED', 50000, "
                    + "20261105100000, '4567')");
            String[][] steps = {{null, "RECEIVED"}, {"RECEIVED", "QUOTED"}, {"QUOTED", "IN_REPAIR"},
                {"IN_REPAIR", "READY_FOR_PICKUP"}, {"READY_FOR_PICKUP", "COLLECTED"}};
            for (int i = 0; i < steps.length; i++) {
                st.execute("INSERT INTO ticket_event (ticket_id, position, at, from_state, to_state, who, note) VALUES (3, "
                        + (i + 1) + ", " + (20261101100000L + i * 1_000_000L) + ", "
                        + (steps[i][0] == null ? "NULL" : "'" + steps[i][0] + "'") + ", '" + steps[i][1]
                        + "', 'Amy', 'step " + (i + 1) + "')");
            }
            st.execute("INSERT INTO ticket_print (ticket_id, document, at, who) VALUES (3, 'CUSTOMER_COPY', "
                    + "20261101100500, 'Amy')");
        }
        List<String> before = ticketRow(ds);

        try (Store store = Store.open(dir)) {
            long ticketId = RowKey.of("ticket-uuid-3");
            assertThat(one(store, "SELECT claim_id FROM ticket WHERE ticket_no = 'CWB-261101-0001'"))
                    .isEqualTo(String.valueOf(RowKey.of("claim-uuid-7")));
            assertThat(one(store, "SELECT count(*) FROM ticket_event WHERE ticket_id = " + ticketId))
                    .isEqualTo("5");
            assertThat(one(store, "SELECT count(*) FROM ticket_print WHERE ticket_id = " + ticketId))
                    .isEqualTo("1");
            assertThat(one(store, "SELECT claim_id FROM claim_photo"))
                    .isEqualTo(String.valueOf(RowKey.of("claim-uuid-7")));
            assertThat(one(store, "SELECT media_type FROM photo WHERE sha256 = '" + sha + "'"))
                    .isEqualTo("image/png");

            // Derived from the events alone, the ticket is what it was.
            store.write(c -> {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("UPDATE ticket SET stale = 1, state = 'RECEIVED', quote_cents = NULL, "
                            + "outcome = NULL, final_charge_cents = NULL, collected_at = NULL, workshop = NULL");
                }
                return null;
            });
            TicketService tickets = new TicketService(store, Clock.systemUTC(), () -> StaffFixture.staff("2001", "Amy"),
                    new AuditLog(store, Clock.systemUTC()));
            assertThat(tickets.deriveChanged()).isEqualTo(1);
            assertThat(ticketRow(store)).isEqualTo(before);
            assertThat(tickets.events("CWB-261101-0001")).extracting(TicketEvent::to).containsExactly(
                    TicketState.RECEIVED, TicketState.QUOTED, TicketState.IN_REPAIR, TicketState.READY_FOR_PICKUP,
                    TicketState.COLLECTED);
            assertThat(tickets.events("CWB-261101-0001")).allMatch(TicketEvent::applied);
        }
    }

    static List<String> ticketRow(SQLiteDataSource ds) throws Exception {
        try (Connection c = ds.getConnection()) {
            return ticketRow(c);
        }
    }

    static List<String> ticketRow(Store store) {
        return store.read(ClaimsAndTicketsMigrationTest::ticketRow);
    }

    static List<String> ticketRow(Connection c) throws java.sql.SQLException {
        List<String> row = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT " + TICKET_COLUMNS + " FROM ticket")) {
            rs.next();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.add(rs.getString(i));
            }
        }
        return row;
    }

    static String one(Store store, String sql) {
        return store.read(c -> one(c, sql));
    }

    static String one(Connection c, String sql) throws java.sql.SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
