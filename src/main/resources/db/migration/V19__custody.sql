-- Where each customer's piece is (custody), derived at every PC from the ticket's history like its
-- state, and never sent: at a shop (its code), WORKSHOP, IN_TRANSIT (on dispatch_no, going_to) or
-- COLLECTED, since location_since; collect_at is the shop the customer chose to collect at;
-- missing = 1 when it did not arrive with its dispatch.
ALTER TABLE ticket ADD COLUMN location TEXT;
ALTER TABLE ticket ADD COLUMN collect_at TEXT;
ALTER TABLE ticket ADD COLUMN dispatch_no TEXT;
ALTER TABLE ticket ADD COLUMN going_to TEXT;
ALTER TABLE ticket ADD COLUMN location_since INTEGER;
ALTER TABLE ticket ADD COLUMN missing INTEGER NOT NULL DEFAULT 0;
CREATE INDEX ticket_by_location ON ticket (location, state);
-- No ticket has moved yet: each is where its history puts it, at the shop that took it in, or
-- collected (what deriving it again would give, without reading every history).
UPDATE ticket SET location = CASE WHEN state = 'COLLECTED' THEN 'COLLECTED' ELSE shop_code END,
    location_since = CASE WHEN state = 'COLLECTED' THEN coalesce(collected_at, created_at) ELSE created_at END;

-- The dispatch a step belongs to, read from the step itself (generated, never stored or sent).
ALTER TABLE ticket_event ADD COLUMN dispatch_no TEXT GENERATED ALWAYS AS (
    CASE WHEN action IN ('DISPATCH', 'TAKEN_OUT', 'RECEIVE', 'MISSING', 'MISSING_RESOLVED') AND json_valid(details)
         THEN json_extract(details, '$.dispatch_no') END) VIRTUAL;
CREATE INDEX ticket_event_by_dispatch ON ticket_event (dispatch_no) WHERE dispatch_no IS NOT NULL;

-- A dispatch: bags handed to a courier at one place for another, numbered by the PC that made it
-- (its code, the day, a count: unique across the chain). Its pieces are the tickets whose history
-- holds its DISPATCH step. Only ever appended; shared with the chain.
CREATE TABLE dispatch (
    dispatch_no TEXT    NOT NULL PRIMARY KEY,
    from_place  TEXT    NOT NULL,
    to_place    TEXT    NOT NULL,
    courier     TEXT    NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    who         TEXT    NOT NULL,
    staff_no    TEXT
) WITHOUT ROWID;

-- Each print of a dispatch's manifest: the next one says REPRINT. Only ever appended; shared.
CREATE TABLE dispatch_print (
    print_id    TEXT    NOT NULL PRIMARY KEY,
    dispatch_no TEXT    NOT NULL,
    at          INTEGER NOT NULL,
    who         TEXT    NOT NULL,
    staff_no    TEXT
) WITHOUT ROWID;
CREATE INDEX dispatch_print_by_dispatch ON dispatch_print (dispatch_no);
