package com.alluressories.caredesk.privacy;

import java.util.ArrayList;
import java.util.List;

/**
 * How a removal of a customer ({@code erasure}) and a correction of one ({@code
 * customer_correction}) take effect, the same way on every PC and at the hub, whichever order
 * the chain brings them in. Both tables are only ever appended and travel like claims; the
 * database applies each row as it arrives (triggers), so a PC that was offline applies what
 * happened while it was away as soon as it syncs, and nothing it sends afterwards brings a
 * removed customer back:
 * <ul>
 * <li>an erasure of a receipt empties its name and phone; of a claim, the claim's name, phone,
 * notes and a manager's reason, its ticket's last four digits, the notes and message texts in the
 * ticket's history, and the claim's photos (a photo another claim still shows stays). The
 * corrections of that record lose their name and phone too;</li>
 * <li>a correction sets the record's name and phone (a claim's ticket takes the phone's last four
 * digits), unless a newer correction of the same record is already here (newer by CareDesk's own
 * clock, then by key) or the record was erased;</li>
 * <li>afterwards, a receipt changed again (a later import, a change from a PC that was offline)
 * keeps its erasure or its newest correction; a claim, ticket, step or photo of an erased claim
 * that arrives late is emptied as it lands.</li>
 * </ul>
 * An erasure's key is what it erases, so two PCs erasing the same record make one row. Its
 * SQLite text serves the PCs and an embedded hub; the PostgreSQL text serves head office's hub.
 */
public final class ErasureSql {
    /** What stands where a customer's name was (a claim's; a receipt's becomes nothing). */
    public static final String REMOVED = "(removed)";

    private ErasureSql() {
    }

    private static final String TABLES_SQLITE = """
            CREATE TABLE erasure (
                kind      TEXT    NOT NULL CHECK (kind IN ('receipt', 'claim')),
                target_id INTEGER NOT NULL,
                at        INTEGER NOT NULL,
                node_code TEXT    NOT NULL,
                PRIMARY KEY (kind, target_id)
            ) WITHOUT ROWID;
            CREATE TABLE customer_correction (
                correction_id  TEXT    NOT NULL PRIMARY KEY,
                kind           TEXT    NOT NULL CHECK (kind IN ('receipt', 'claim')),
                target_id      INTEGER NOT NULL,
                at             INTEGER NOT NULL,
                customer_name  TEXT    NOT NULL,
                customer_phone TEXT    NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX customer_correction_by_target ON customer_correction (kind, target_id, at);
            """;

    /** A PC's own list of photo files whose rows an erasure removed: PurgeService deletes the files. */
    private static final String PHOTO_FILES_SQLITE = """
            CREATE TABLE photo_removed (
                sha256     TEXT NOT NULL PRIMARY KEY,
                media_type TEXT NOT NULL
            ) WITHOUT ROWID;
            """;

    private static String erased(String kind, String id) {
        return "EXISTS (SELECT 1 FROM erasure x WHERE x.kind = '" + kind + "' AND x.target_id = " + id + ")";
    }

    /** A correction newer than NEW, of NEW's record. */
    private static final String NEWER_CORRECTION = "EXISTS (SELECT 1 FROM customer_correction k WHERE k.kind = NEW.kind "
            + "AND k.target_id = NEW.target_id AND (k.at > NEW.at OR (k.at = NEW.at AND k.correction_id > NEW.correction_id)))";

    private static String newestReceiptCorrection(String column) {
        return "(SELECT k." + column + " FROM customer_correction k WHERE k.kind = 'receipt' AND k.target_id = NEW.id "
                + "ORDER BY k.at DESC, k.correction_id DESC LIMIT 1)";
    }

    private static String eraseClaimSqlite(String id, boolean photoFiles) {
        String photos = "SELECT p.sha256 FROM claim_photo p WHERE p.claim_id = " + id + " AND NOT EXISTS (SELECT 1 FROM "
                + "claim_photo o WHERE o.sha256 = p.sha256 AND o.claim_id <> " + id + ")";
        return "UPDATE claim SET customer_name = '" + REMOVED + "', customer_phone = '', notes = '', override_reason = "
                + "CASE WHEN override_reason IS NULL THEN NULL ELSE '" + REMOVED + "' END WHERE id = " + id
                + " AND customer_name <> '" + REMOVED + "';\n"
                + "UPDATE ticket SET customer_last4 = '' WHERE claim_id = " + id + " AND customer_last4 <> '';\n"
                + "UPDATE ticket_event SET note = '', details = CASE WHEN json_valid(details) THEN json_remove(details, "
                + "'$.text') ELSE details END WHERE ticket_id IN (SELECT id FROM ticket WHERE claim_id = " + id + ");\n"
                + (photoFiles ? "INSERT OR IGNORE INTO photo_removed (sha256, media_type) SELECT sha256, media_type FROM photo "
                        + "WHERE sha256 IN (" + photos + ");\n" : "")
                + "DELETE FROM photo WHERE sha256 IN (" + photos + ");\n"
                + "DELETE FROM claim_photo WHERE claim_id = " + id + ";\n"
                + "UPDATE customer_correction SET customer_name = '" + REMOVED + "', customer_phone = '' "
                + "WHERE kind = 'claim' AND target_id = " + id + ";\n";
    }

    /**
     * The tables and triggers in SQLite, one statement per element: a PC's ({@code photoFiles}:
     * with the list of photo files to delete) or an embedded hub's.
     */
    public static List<String> sqlite(boolean photoFiles) {
        List<String> out = new ArrayList<>(split(TABLES_SQLITE));
        if (photoFiles) {
            out.addAll(split(PHOTO_FILES_SQLITE));
        }
        out.add("CREATE TRIGGER erasure_of_a_receipt AFTER INSERT ON erasure WHEN NEW.kind = 'receipt'\nBEGIN\n"
                + "UPDATE receipt SET customer_name = NULL, customer_phone = NULL WHERE id = NEW.target_id "
                + "AND (customer_name IS NOT NULL OR customer_phone IS NOT NULL);\n"
                + "UPDATE customer_correction SET customer_name = '" + REMOVED + "', customer_phone = '' "
                + "WHERE kind = 'receipt' AND target_id = NEW.target_id;\nEND");
        out.add("CREATE TRIGGER erasure_of_a_claim AFTER INSERT ON erasure WHEN NEW.kind = 'claim'\nBEGIN\n"
                + eraseClaimSqlite("NEW.target_id", photoFiles) + "END");
        // A correction of a record already erased keeps nothing; an older one than the newest here changes nothing.
        out.add("CREATE TRIGGER correction_of_an_erased_record AFTER INSERT ON customer_correction WHEN "
                + "EXISTS (SELECT 1 FROM erasure x WHERE x.kind = NEW.kind AND x.target_id = NEW.target_id)\nBEGIN\n"
                + "UPDATE customer_correction SET customer_name = '" + REMOVED + "', customer_phone = '' "
                + "WHERE correction_id = NEW.correction_id;\nEND");
        out.add("CREATE TRIGGER correction_of_a_receipt AFTER INSERT ON customer_correction WHEN NEW.kind = 'receipt' "
                + "AND NOT " + erased("receipt", "NEW.target_id") + " AND NOT " + NEWER_CORRECTION + "\nBEGIN\n"
                + "UPDATE receipt SET customer_name = NEW.customer_name, customer_phone = NEW.customer_phone "
                + "WHERE id = NEW.target_id;\nEND");
        out.add("CREATE TRIGGER correction_of_a_claim AFTER INSERT ON customer_correction WHEN NEW.kind = 'claim' "
                + "AND NOT " + erased("claim", "NEW.target_id") + " AND NOT " + NEWER_CORRECTION + "\nBEGIN\n"
                + "UPDATE claim SET customer_name = NEW.customer_name, customer_phone = NEW.customer_phone "
                + "WHERE id = NEW.target_id;\n"
                + "UPDATE ticket SET customer_last4 = substr(NEW.customer_phone, -4) WHERE claim_id = NEW.target_id;\nEND");
        // A receipt changed after its erasure or correction keeps them (the newest correction by its own clock).
        for (String when : new String[] {"INSERT", "UPDATE OF customer_name, customer_phone"}) {
            String name = when.startsWith("INSERT") ? "inserted" : "updated";
            out.add("CREATE TRIGGER erased_receipt_" + name + " AFTER " + when + " ON receipt WHEN "
                    + "(NEW.customer_name IS NOT NULL OR NEW.customer_phone IS NOT NULL) AND " + erased("receipt", "NEW.id")
                    + "\nBEGIN\nUPDATE receipt SET customer_name = NULL, customer_phone = NULL WHERE id = NEW.id;\nEND");
            out.add("CREATE TRIGGER corrected_receipt_" + name + " AFTER " + when + " ON receipt WHEN NOT "
                    + erased("receipt", "NEW.id") + " AND EXISTS (SELECT 1 FROM customer_correction k WHERE "
                    + "k.kind = 'receipt' AND k.target_id = NEW.id) AND (NEW.customer_name IS NOT "
                    + newestReceiptCorrection("customer_name") + " OR NEW.customer_phone IS NOT "
                    + newestReceiptCorrection("customer_phone") + ")\nBEGIN\nUPDATE receipt SET customer_name = "
                    + newestReceiptCorrection("customer_name") + ", customer_phone = "
                    + newestReceiptCorrection("customer_phone") + " WHERE id = NEW.id;\nEND");
        }
        // What belongs to an erased claim and arrives after the erasure is emptied as it lands.
        out.add("CREATE TRIGGER erased_claim_arrives AFTER INSERT ON claim WHEN " + erased("claim", "NEW.id")
                + "\nBEGIN\n" + eraseClaimSqlite("NEW.id", photoFiles) + "END");
        out.add("CREATE TRIGGER erased_claims_ticket_arrives AFTER INSERT ON ticket WHEN NEW.customer_last4 <> '' AND "
                + erased("claim", "NEW.claim_id") + "\nBEGIN\n"
                + "UPDATE ticket SET customer_last4 = '' WHERE id = NEW.id;\nEND");
        out.add("CREATE TRIGGER erased_claims_step_arrives AFTER INSERT ON ticket_event WHEN EXISTS (SELECT 1 FROM ticket t "
                + "JOIN erasure x ON x.kind = 'claim' AND x.target_id = t.claim_id WHERE t.id = NEW.ticket_id)\nBEGIN\n"
                + "UPDATE ticket_event SET note = '', details = CASE WHEN json_valid(details) THEN json_remove(details, "
                + "'$.text') ELSE details END WHERE event_id = NEW.event_id;\nEND");
        out.add("CREATE TRIGGER erased_claims_photo_arrives AFTER INSERT ON claim_photo WHEN "
                + erased("claim", "NEW.claim_id") + "\nBEGIN\n" + eraseClaimSqlite("NEW.claim_id", photoFiles) + "END");
        return out;
    }

    private static final String POSTGRESQL = """
            CREATE TABLE erasure (
                kind      VARCHAR(10) NOT NULL CHECK (kind IN ('receipt', 'claim')),
                target_id BIGINT      NOT NULL,
                at        BIGINT      NOT NULL,
                node_code VARCHAR(40) NOT NULL,
                PRIMARY KEY (kind, target_id)
            );
            CREATE TABLE customer_correction (
                correction_id  VARCHAR(80) NOT NULL PRIMARY KEY,
                kind           VARCHAR(10) NOT NULL CHECK (kind IN ('receipt', 'claim')),
                target_id      BIGINT      NOT NULL,
                at             BIGINT      NOT NULL,
                customer_name  TEXT        NOT NULL,
                customer_phone TEXT        NOT NULL
            );
            CREATE INDEX customer_correction_by_target ON customer_correction (kind, target_id, at);
            """;

    /** The steps' words about the customer, in PostgreSQL (details not JSON stay as they are). */
    private static final String PG_WITHOUT_TEXT = """
            CREATE FUNCTION caredesk_without_text(details TEXT) RETURNS TEXT LANGUAGE plpgsql IMMUTABLE AS $f$
            BEGIN
                IF details::jsonb ? 'text' THEN
                    RETURN (details::jsonb - 'text')::text;
                END IF;
                RETURN details;
            EXCEPTION WHEN others THEN
                RETURN details;
            END
            $f$""";

    private static final String PG_ERASE_CLAIM = """
            CREATE FUNCTION caredesk_erase_claim(target BIGINT) RETURNS void LANGUAGE plpgsql AS $f$
            BEGIN
                UPDATE claim SET customer_name = '%1$s', customer_phone = '', notes = '',
                    override_reason = CASE WHEN override_reason IS NULL THEN NULL ELSE '%1$s' END
                    WHERE id = target AND customer_name <> '%1$s';
                UPDATE ticket SET customer_last4 = '' WHERE claim_id = target AND customer_last4 <> '';
                UPDATE ticket_event SET note = '', details = caredesk_without_text(details)
                    WHERE ticket_id IN (SELECT id FROM ticket WHERE claim_id = target);
                DELETE FROM photo WHERE sha256 IN (SELECT p.sha256 FROM claim_photo p WHERE p.claim_id = target
                    AND NOT EXISTS (SELECT 1 FROM claim_photo o WHERE o.sha256 = p.sha256 AND o.claim_id <> target));
                DELETE FROM claim_photo WHERE claim_id = target;
                UPDATE customer_correction SET customer_name = '%1$s', customer_phone = ''
                    WHERE kind = 'claim' AND target_id = target;
            END
            $f$""".formatted(REMOVED);

    private static final String PG_ERASURE = """
            CREATE FUNCTION caredesk_erasure_arrives() RETURNS trigger LANGUAGE plpgsql AS $f$
            BEGIN
                IF NEW.kind = 'receipt' THEN
                    UPDATE receipt SET customer_name = NULL, customer_phone = NULL
                        WHERE id = NEW.target_id AND (customer_name IS NOT NULL OR customer_phone IS NOT NULL);
                    UPDATE customer_correction SET customer_name = '%1$s', customer_phone = ''
                        WHERE kind = 'receipt' AND target_id = NEW.target_id;
                ELSE
                    PERFORM caredesk_erase_claim(NEW.target_id);
                END IF;
                RETURN NULL;
            END
            $f$""".formatted(REMOVED);

    private static final String PG_CORRECTION = """
            CREATE FUNCTION caredesk_correction_arrives() RETURNS trigger LANGUAGE plpgsql AS $f$
            BEGIN
                IF EXISTS (SELECT 1 FROM erasure x WHERE x.kind = NEW.kind AND x.target_id = NEW.target_id) THEN
                    UPDATE customer_correction SET customer_name = '%1$s', customer_phone = ''
                        WHERE correction_id = NEW.correction_id;
                    RETURN NULL;
                END IF;
                IF EXISTS (SELECT 1 FROM customer_correction k WHERE k.kind = NEW.kind AND k.target_id = NEW.target_id
                        AND (k.at > NEW.at OR (k.at = NEW.at AND k.correction_id > NEW.correction_id))) THEN
                    RETURN NULL;
                END IF;
                IF NEW.kind = 'receipt' THEN
                    UPDATE receipt SET customer_name = NEW.customer_name, customer_phone = NEW.customer_phone
                        WHERE id = NEW.target_id;
                ELSE
                    UPDATE claim SET customer_name = NEW.customer_name, customer_phone = NEW.customer_phone
                        WHERE id = NEW.target_id;
                    UPDATE ticket SET customer_last4 = right(NEW.customer_phone, 4) WHERE claim_id = NEW.target_id;
                END IF;
                RETURN NULL;
            END
            $f$""".formatted(REMOVED);

    /** A receipt written after its erasure or correction keeps them (PostgreSQL changes the row as it is written). */
    private static final String PG_RECEIPT = """
            CREATE FUNCTION caredesk_receipt_written() RETURNS trigger LANGUAGE plpgsql AS $f$
            DECLARE
                newest RECORD;
            BEGIN
                IF EXISTS (SELECT 1 FROM erasure x WHERE x.kind = 'receipt' AND x.target_id = NEW.id) THEN
                    NEW.customer_name := NULL;
                    NEW.customer_phone := NULL;
                    RETURN NEW;
                END IF;
                SELECT k.customer_name, k.customer_phone INTO newest FROM customer_correction k
                    WHERE k.kind = 'receipt' AND k.target_id = NEW.id ORDER BY k.at DESC, k.correction_id DESC LIMIT 1;
                IF FOUND THEN
                    NEW.customer_name := newest.customer_name;
                    NEW.customer_phone := newest.customer_phone;
                END IF;
                RETURN NEW;
            END
            $f$""";

    private static final String PG_LATE = """
            CREATE FUNCTION caredesk_erased_claim_arrives() RETURNS trigger LANGUAGE plpgsql AS $f$
            DECLARE
                claim_key BIGINT;
            BEGIN
                IF TG_TABLE_NAME = 'claim' THEN
                    claim_key := NEW.id;
                ELSIF TG_TABLE_NAME = 'ticket_event' THEN
                    SELECT t.claim_id INTO claim_key FROM ticket t WHERE t.id = NEW.ticket_id;
                ELSE
                    claim_key := NEW.claim_id;
                END IF;
                IF claim_key IS NOT NULL
                        AND EXISTS (SELECT 1 FROM erasure x WHERE x.kind = 'claim' AND x.target_id = claim_key) THEN
                    PERFORM caredesk_erase_claim(claim_key);
                END IF;
                RETURN NULL;
            END
            $f$""";

    /** The tables, functions and triggers in PostgreSQL (head office's hub), one statement per element. */
    public static List<String> postgresql() {
        List<String> out = new ArrayList<>(split(POSTGRESQL));
        out.add(PG_WITHOUT_TEXT);
        out.add(PG_ERASE_CLAIM);
        out.add(PG_ERASURE);
        out.add(PG_CORRECTION);
        out.add(PG_RECEIPT);
        out.add(PG_LATE);
        out.add("CREATE TRIGGER erasure_arrives AFTER INSERT ON erasure FOR EACH ROW EXECUTE PROCEDURE "
                + "caredesk_erasure_arrives()");
        out.add("CREATE TRIGGER correction_arrives AFTER INSERT ON customer_correction FOR EACH ROW EXECUTE PROCEDURE "
                + "caredesk_correction_arrives()");
        out.add("CREATE TRIGGER receipt_written BEFORE INSERT OR UPDATE OF customer_name, customer_phone ON receipt "
                + "FOR EACH ROW EXECUTE PROCEDURE caredesk_receipt_written()");
        for (String table : new String[] {"claim", "ticket", "ticket_event", "claim_photo"}) {
            out.add("CREATE TRIGGER erased_claim_" + table + "_arrives AFTER INSERT ON " + table
                    + " FOR EACH ROW EXECUTE PROCEDURE caredesk_erased_claim_arrives()");
        }
        return out;
    }

    private static List<String> split(String script) {
        List<String> out = new ArrayList<>();
        for (String statement : script.split(";\\s*\\n")) {
            if (!statement.isBlank()) {
                out.add(statement.strip());
            }
        }
        return out;
    }
}
