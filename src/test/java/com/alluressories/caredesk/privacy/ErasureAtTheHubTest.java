package com.alluressories.caredesk.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.chain.HubDatabase;
import com.alluressories.caredesk.chain.HubLedger;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Erasures and corrections as the hub applies them when the chain brings them, in whatever order
 * they come: on head office's PostgreSQL (a real server) and on an embedded SQLite hub, each
 * migrated by the hub's own migrations. Rows are written as SymmetricDS writes them, one by one.
 */
class ErasureAtTheHubTest {
    @TempDir
    static Path dir;
    static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    static Stream<String> hubs() {
        return Stream.of("postgresql", "sqlite");
    }

    private static int made;

    /** A fresh hub database of that kind, migrated. */
    private static HubDatabase hub(String kind) {
        HubDatabase db;
        if (kind.equals("postgresql")) {
            String name = "hub" + (++made);
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            db = new HubDatabase(postgres.getJdbcUrl("postgres", name).replaceAll("\\?.*", ""), "postgres", "postgres");
        } else {
            db = HubDatabase.embedded(dir.resolve("sqlite" + (++made)));
        }
        new HubLedger(db, Clock.systemUTC()).migrate();
        return db;
    }

    private static void sql(Connection c, String statement, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(statement)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    private static List<String> row(Connection c, String query, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(query)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<String> out = new ArrayList<>();
                if (rs.next()) {
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        out.add(rs.getString(i));
                    }
                }
                return out;
            }
        }
    }

    private static void receipt(Connection c, long id, String name, String phone) throws SQLException {
        sql(c, "INSERT INTO receipt (id, receipt_no, shop_code, purchased_at, customer_name, customer_phone) "
                + "VALUES (?, ?, 'TST', 0, ?, ?)", id, "TST-" + id, name, phone);
    }

    private static void claim(Connection c, long id, String name, String phone) throws SQLException {
        sql(c, "INSERT INTO claim (id, uuid, created_at, shop_code, staff_name, customer_name, customer_phone, "
                + "item_description, metal, complaint, notes, policy_id, policy_version, policy_verdict, warranty_months, "
                + "final_verdict, decision_json, override_reason) VALUES (?, ?, 0, 'TST', 'Amy Lee', ?, ?, 'Pearl bracelet', "
                + "'SILVER', 'Clasp broken', 'Call after 6pm', 'p', '1', 'COVERED', 3, 'COVERED', '{}', 'Regular customer')",
                id, "uuid-" + id, name, phone);
    }

    private static void ticket(Connection c, long id, long claimId, String last4) throws SQLException {
        sql(c, "INSERT INTO ticket (id, uuid, ticket_no, shop_code, claim_id, chargeable, created_at, promised_date, "
                + "customer_last4) VALUES (?, ?, ?, 'TST', ?, 0, 0, '2026-12-01', ?)", id, "t-" + id, "TST-" + id, claimId,
                last4);
    }

    private static void step(Connection c, String eventId, long ticketId, String note, String details)
            throws SQLException {
        sql(c, "INSERT INTO ticket_event (event_id, ticket_id, at, action, to_state, details, who, note) "
                + "VALUES (?, ?, 0, 'NOTICE', 'READY_FOR_PICKUP', ?, 'Amy Lee', ?)", eventId, ticketId, details, note);
    }

    private static void photo(Connection c, long claimId, int position, String sha) throws SQLException {
        if (row(c, "SELECT sha256 FROM photo WHERE sha256 = ?", sha).isEmpty()) {
            sql(c, "INSERT INTO photo (sha256, media_type, data) VALUES (?, 'image/png', 'AAAA')", sha);
        }
        sql(c, "INSERT INTO claim_photo (claim_id, position, sha256, media_type, file_name) VALUES (?, ?, ?, 'image/png', "
                + "'clasp.png')", claimId, position, sha);
    }

    private static void erase(Connection c, String kind, long id) throws SQLException {
        sql(c, "INSERT INTO erasure (kind, target_id, at, node_code) VALUES (?, ?, 1000, 'TST')", kind, id);
    }

    private static void correct(Connection c, String id, String kind, long target, long at, String name, String phone)
            throws SQLException {
        sql(c, "INSERT INTO customer_correction (correction_id, kind, target_id, at, customer_name, customer_phone) "
                + "VALUES (?, ?, ?, ?, ?, ?)", id, kind, target, at, name, phone);
    }

    @ParameterizedTest
    @MethodSource("hubs")
    void anErasedClaimLosesItsCustomerAndWhatArrivesLaterToo(String kind) throws Exception {
        try (Connection c = hub(kind).connect()) {
            claim(c, 1, "Chan Tai Man", "91234567");
            claim(c, 2, "Lee Ka Yan", "98765432");
            ticket(c, 10, 1, "4567");
            step(c, "e1", 10, "customer rang", "{\"text\":\"Dear Mr Chan\",\"way\":\"SMS\"}");
            photo(c, 1, 1, "shared");
            photo(c, 1, 2, "own");
            photo(c, 2, 1, "shared");

            erase(c, "claim", 1);

            assertThat(row(c, "SELECT customer_name, customer_phone, notes, override_reason, item_description FROM claim "
                    + "WHERE id = 1")).containsExactly("(removed)", "", "", "(removed)", "Pearl bracelet");
            assertThat(row(c, "SELECT customer_name FROM claim WHERE id = 2")).containsExactly("Lee Ka Yan");
            assertThat(row(c, "SELECT customer_last4 FROM ticket WHERE id = 10")).containsExactly("");
            List<String> first = row(c, "SELECT note, details FROM ticket_event WHERE event_id = 'e1'");
            assertThat(first.get(0)).isEmpty();
            assertThat(first.get(1)).doesNotContain("Dear").contains("SMS");
            assertThat(row(c, "SELECT count(*) FROM claim_photo WHERE claim_id = 1")).containsExactly("0");
            assertThat(row(c, "SELECT count(*) FROM photo WHERE sha256 = 'own'")).containsExactly("0");
            assertThat(row(c, "SELECT count(*) FROM photo WHERE sha256 = 'shared'")).as("claim 2 still shows it")
                    .containsExactly("1");

            // A PC that was offline sends a step and a photo of the erased claim afterwards.
            step(c, "e2", 10, "rang again", "{\"text\":\"Mr Chan, your bracelet\"}");
            photo(c, 1, 3, "late");
            assertThat(row(c, "SELECT note, details FROM ticket_event WHERE event_id = 'e2'").get(0)).isEmpty();
            assertThat(row(c, "SELECT details FROM ticket_event WHERE event_id = 'e2'").get(0)).doesNotContain("Chan");
            assertThat(row(c, "SELECT count(*) FROM claim_photo WHERE claim_id = 1")).containsExactly("0");
            assertThat(row(c, "SELECT count(*) FROM photo WHERE sha256 = 'late'")).containsExactly("0");
        }
    }

    @ParameterizedTest
    @MethodSource("hubs")
    void anErasedReceiptStaysEmptyWhateverChangesItLater(String kind) throws Exception {
        try (Connection c = hub(kind).connect()) {
            receipt(c, 5, "Chan Tai Man", "91234567");
            erase(c, "receipt", 5);
            assertThat(row(c, "SELECT customer_name, customer_phone FROM receipt WHERE id = 5")).containsExactly(null, null);
            // An import at a PC that had not heard yet, then a correction made there before it heard.
            sql(c, "UPDATE receipt SET customer_name = 'CHAN TAI MAN', customer_phone = '91234567' WHERE id = 5");
            assertThat(row(c, "SELECT customer_name, customer_phone FROM receipt WHERE id = 5")).containsExactly(null, null);
            correct(c, "k1", "receipt", 5, 2000, "Chan Tai-man", "91234567");
            assertThat(row(c, "SELECT customer_name, customer_phone FROM receipt WHERE id = 5")).containsExactly(null, null);
            assertThat(row(c, "SELECT customer_name, customer_phone FROM customer_correction WHERE correction_id = 'k1'"))
                    .containsExactly("(removed)", "");
            // The same erasure from a second PC is the same row.
            assertThat(row(c, "SELECT count(*) FROM erasure")).containsExactly("1");
        }
    }

    @ParameterizedTest
    @MethodSource("hubs")
    void theNewestCorrectionWinsWhicheverArrivesFirst(String kind) throws Exception {
        try (Connection c = hub(kind).connect()) {
            receipt(c, 7, "Chan Tai Man", "91234567");
            claim(c, 3, "Chan Tai Man", "91234567");
            ticket(c, 30, 3, "4567");
            // The newer correction (made later at another shop) arrives first.
            correct(c, "b", "receipt", 7, 5000, "Chan Tai-man", "61234000");
            correct(c, "b2", "claim", 3, 5000, "Chan Tai-man", "61234000");
            correct(c, "a", "receipt", 7, 4000, "Chan Da Man", "51110000");
            correct(c, "a2", "claim", 3, 4000, "Chan Da Man", "51110000");
            assertThat(row(c, "SELECT customer_name, customer_phone FROM receipt WHERE id = 7"))
                    .containsExactly("Chan Tai-man", "61234000");
            assertThat(row(c, "SELECT customer_name, customer_phone FROM claim WHERE id = 3"))
                    .containsExactly("Chan Tai-man", "61234000");
            assertThat(row(c, "SELECT customer_last4 FROM ticket WHERE id = 30")).containsExactly("4000");
            // An older change of the receipt arriving afterwards does not undo the correction.
            sql(c, "UPDATE receipt SET customer_name = 'Chan Tai Man', customer_phone = '91234567' WHERE id = 7");
            assertThat(row(c, "SELECT customer_name, customer_phone FROM receipt WHERE id = 7"))
                    .containsExactly("Chan Tai-man", "61234000");
        }
    }
}
