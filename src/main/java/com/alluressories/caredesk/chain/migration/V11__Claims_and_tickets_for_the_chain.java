package com.alluressories.caredesk.chain.migration;

import com.alluressories.caredesk.claim.PhotoStore;
import com.alluressories.caredesk.store.RowKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.Function;
import org.sqlite.SQLiteConnection;

/**
 * Claims and tickets made ready to be shared across the chain (runs once, in the migration's
 * transaction):
 * <ul>
 * <li>claims and tickets take keys that are the same on every PC and cannot collide between PCs
 * ({@link RowKey} of their uuid), in place of 1, 2, 3… in the order this PC saved them;</li>
 * <li>a ticket's history becomes events that are only ever appended, each with its own key, the
 * step it records with that step's data, and the event it followed; the ticket's state and amounts
 * are derived from them ({@code ticket.stale} = 1 until they are; the columns as they were
 * are what the events give);</li>
 * <li>prints take a key of their own;</li>
 * <li>photos go into the store too ({@code photo}), so that they travel with their claim;</li>
 * <li>{@code audit_head} receives, from head office, the newest audit entry it holds of each PC.</li>
 * </ul>
 */
public class V11__Claims_and_tickets_for_the_chain extends BaseJavaMigration {
    private static final Logger LOG = LoggerFactory.getLogger(V11__Claims_and_tickets_for_the_chain.class);

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        SQLiteConnection sqlite = c.unwrap(SQLiteConnection.class);
        Function.create(sqlite, "row_key", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                result(RowKey.of(value_text(0)));
            }
        });
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA defer_foreign_keys = ON");
            rekeyClaims(st);
            rebuildTickets(st);
            st.execute("CREATE TABLE photo (sha256 TEXT PRIMARY KEY, media_type TEXT NOT NULL, "
                    + "data TEXT NOT NULL) WITHOUT ROWID");
            // Head office's word on each PC's audit trail: the newest entry it holds and the hash
            // that entry first arrived with. A PC compares its own entry with it (AuditHead).
            st.execute("CREATE TABLE audit_head (node_code TEXT PRIMARY KEY, seq INTEGER NOT NULL, "
                    + "hash TEXT NOT NULL) WITHOUT ROWID");
        } finally {
            Function.destroy(sqlite, "row_key");
        }
        copyPhotos(c);
    }

    private static void rekeyClaims(Statement st) throws SQLException {
        st.execute("CREATE TEMP TABLE claim_rekey (old_id INTEGER PRIMARY KEY, new_id INTEGER NOT NULL)");
        st.execute("INSERT INTO claim_rekey SELECT id, row_key(uuid) FROM claim");
        st.execute("UPDATE claim_photo SET claim_id = (SELECT new_id FROM claim_rekey WHERE old_id = claim_id)");
        st.execute("UPDATE ticket SET claim_id = (SELECT new_id FROM claim_rekey WHERE old_id = claim_id)");
        st.execute("UPDATE claim SET id = (SELECT new_id FROM claim_rekey WHERE old_id = claim.id)");
        st.execute("DROP TABLE claim_rekey");
    }

    private static void rebuildTickets(Statement st) throws SQLException {
        // The new tables refer to ticket_new; renaming it to ticket carries those references along.
        st.execute("""
                CREATE TABLE ticket_new (
                    id                 INTEGER PRIMARY KEY,  -- RowKey of uuid
                    uuid               TEXT    NOT NULL UNIQUE,
                    ticket_no          TEXT    NOT NULL UNIQUE,
                    shop_code          TEXT    NOT NULL,
                    claim_id           INTEGER NOT NULL UNIQUE REFERENCES claim (id),
                    chargeable         INTEGER NOT NULL,
                    created_at         INTEGER NOT NULL,
                    promised_date      TEXT    NOT NULL,
                    customer_last4     TEXT    NOT NULL,
                    -- Derived from the ticket's events (TicketHistory), the same way on every PC; never sent.
                    state              TEXT    NOT NULL DEFAULT 'RECEIVED' CHECK (state IN ('RECEIVED', 'QUOTED',
                                                   'IN_REPAIR', 'READY_FOR_PICKUP', 'COLLECTED')),
                    workshop           TEXT,
                    expected_return    TEXT,
                    quote_cents        INTEGER,
                    quote_decision     TEXT,
                    quote_decided_how  TEXT,
                    quote_decided_at   INTEGER,
                    outcome            TEXT,
                    final_charge_cents INTEGER,
                    collected_at       INTEGER,
                    conflicts          INTEGER NOT NULL DEFAULT 0,  -- events that could not apply
                    stale              INTEGER NOT NULL DEFAULT 1   -- 1 until derived from the events here
                )""");
        st.execute("""
                INSERT INTO ticket_new (id, uuid, ticket_no, shop_code, claim_id, chargeable, created_at, promised_date,
                    customer_last4, state, workshop, expected_return, quote_cents, quote_decision, quote_decided_how,
                    quote_decided_at, outcome, final_charge_cents, collected_at, conflicts, stale)
                SELECT row_key(uuid), uuid, ticket_no, shop_code, claim_id, chargeable, created_at, promised_date,
                    customer_last4, state, workshop, expected_return, quote_cents, quote_decision, quote_decided_how,
                    quote_decided_at, outcome, final_charge_cents, collected_at, 0, 0
                FROM ticket""");
        st.execute("""
                CREATE TABLE ticket_event_new (
                    event_id    TEXT    PRIMARY KEY,
                    ticket_id   INTEGER NOT NULL REFERENCES ticket_new (id),
                    after_event TEXT,               -- the newest event the PC knew of when it acted; NULL: the first
                    at          INTEGER NOT NULL,
                    action      TEXT    NOT NULL,   -- OPEN or a TicketAction
                    from_state  TEXT,
                    to_state    TEXT    NOT NULL,
                    details     TEXT    NOT NULL DEFAULT '{}',  -- the step's data, JSON
                    who         TEXT    NOT NULL,
                    staff_no    TEXT,
                    approved_by TEXT,
                    note        TEXT    NOT NULL DEFAULT ''
                ) WITHOUT ROWID""");
        // Each ticket went through each step at most once, so the ticket's columns tell each step's data.
        st.execute("""
                INSERT INTO ticket_event_new (event_id, ticket_id, after_event, at, action, from_state, to_state, details,
                    who, staff_no, approved_by, note)
                SELECT t.uuid || '-' || e.position, row_key(t.uuid),
                    CASE WHEN e.position > 1 THEN t.uuid || '-' || (e.position - 1) END,
                    e.at,
                    CASE
                        WHEN e.from_state IS NULL THEN 'OPEN'
                        WHEN e.to_state = 'QUOTED' THEN 'QUOTE'
                        WHEN e.from_state = 'QUOTED' AND e.to_state = 'IN_REPAIR' THEN 'APPROVE_QUOTE'
                        WHEN e.from_state = 'QUOTED' AND e.to_state = 'READY_FOR_PICKUP' THEN 'DECLINE_QUOTE'
                        WHEN e.to_state = 'IN_REPAIR' THEN 'START_REPAIR'
                        WHEN e.to_state = 'READY_FOR_PICKUP' THEN 'READY'
                        ELSE 'COLLECT'
                    END,
                    e.from_state, e.to_state,
                    CASE
                        WHEN e.from_state IS NULL THEN '{}'
                        WHEN e.to_state = 'QUOTED' THEN json_object('quote_cents', t.quote_cents)
                        WHEN e.from_state = 'QUOTED' AND e.to_state = 'IN_REPAIR' THEN json_object('how',
                            t.quote_decided_how, 'workshop', t.workshop, 'expected_return', t.expected_return)
                        WHEN e.from_state = 'QUOTED' AND e.to_state = 'READY_FOR_PICKUP' THEN json_object('how',
                            t.quote_decided_how)
                        WHEN e.to_state = 'IN_REPAIR' THEN json_object('workshop', t.workshop, 'expected_return',
                            t.expected_return)
                        WHEN e.to_state = 'READY_FOR_PICKUP' THEN json_object('outcome', t.outcome,
                            'final_charge_cents', t.final_charge_cents)
                        ELSE '{}'
                    END,
                    e.who, e.staff_no, e.approved_by, e.note
                FROM ticket_event e JOIN ticket t ON t.id = e.ticket_id""");
        st.execute("""
                CREATE TABLE ticket_print_new (
                    print_id  TEXT    PRIMARY KEY,
                    ticket_id INTEGER NOT NULL REFERENCES ticket_new (id),
                    document  TEXT    NOT NULL,
                    at        INTEGER NOT NULL,
                    who       TEXT    NOT NULL,
                    staff_no  TEXT
                ) WITHOUT ROWID""");
        st.execute("""
                INSERT INTO ticket_print_new (print_id, ticket_id, document, at, who, staff_no)
                SELECT t.uuid || '-print-' || p.rowid, row_key(t.uuid), p.document, p.at, p.who, p.staff_no
                FROM ticket_print p JOIN ticket t ON t.id = p.ticket_id""");
        st.execute("DROP TABLE ticket_print");
        st.execute("DROP TABLE ticket_event");
        st.execute("DROP TABLE ticket");
        st.execute("ALTER TABLE ticket_new RENAME TO ticket");
        st.execute("ALTER TABLE ticket_event_new RENAME TO ticket_event");
        st.execute("ALTER TABLE ticket_print_new RENAME TO ticket_print");
        st.execute("CREATE INDEX ticket_by_state ON ticket (state, promised_date)");
        st.execute("CREATE INDEX ticket_by_last4 ON ticket (customer_last4)");
        st.execute("CREATE INDEX ticket_stale ON ticket (stale) WHERE stale = 1");
        st.execute("CREATE INDEX ticket_event_by_ticket ON ticket_event (ticket_id)");
        st.execute("CREATE INDEX ticket_print_by_ticket ON ticket_print (ticket_id, document)");
        // An event that arrives from another PC leaves its ticket to be derived again.
        st.execute("""
                CREATE TRIGGER ticket_event_marks_ticket AFTER INSERT ON ticket_event
                BEGIN
                    UPDATE ticket SET stale = 1 WHERE id = NEW.ticket_id AND stale = 0;
                END""");
    }

    /** Photos saved before this version live only as files; the store takes a copy of each. */
    private static void copyPhotos(Connection c) throws SQLException {
        Path photos = PhotoStore.folder(dataDir(c));
        List<String[]> wanted = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT DISTINCT sha256, media_type FROM claim_photo")) {
            while (rs.next()) {
                wanted.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO photo (sha256, media_type, data) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (String[] photo : wanted) {
                Path file = PhotoStore.file(photos, photo[0], photo[1]);
                try {
                    ps.setString(1, photo[0]);
                    ps.setString(2, photo[1]);
                    ps.setString(3, Base64.getEncoder().encodeToString(Files.readAllBytes(file)));
                    ps.executeUpdate();
                } catch (IOException e) {
                    LOG.warn("Photo {} could not be read for the chain: {}", file, e.toString());
                }
            }
        }
    }

    private static Path dataDir(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA database_list")) {
            while (rs.next()) {
                if ("main".equals(rs.getString("name"))) {
                    Path file = Path.of(rs.getString("file")).toAbsolutePath();
                    return file.getParent();
                }
            }
        }
        throw new SQLException("the store's file is not known");
    }
}
