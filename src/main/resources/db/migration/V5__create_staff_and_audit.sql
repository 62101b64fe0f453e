-- Staff who sign in at the counter. A PIN is kept only as a bcrypt hash (salted, slow); the
-- lockout after five wrong PINs lives here so it holds across restarts and between processes.
CREATE TABLE staff (
    staff_no        TEXT    PRIMARY KEY,            -- as on the staff card: letters and digits, upper case
    display_name    TEXT    NOT NULL,
    role            TEXT    NOT NULL CHECK (role IN ('STAFF', 'MANAGER')),
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    pin_hash        TEXT    NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,     -- wrong PINs in a row
    locked_until    INTEGER,                        -- yyyyMMddHHmmss, Hong Kong; NULL when not locked
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
) WITHOUT ROWID;

-- The audit trail: append-only. Each entry carries the SHA-256 of the entry before it (prev_hash)
-- and its own (hash, over every other column and prev_hash), so an entry changed or removed
-- outside CareDesk breaks the chain and `verify-audit` names it. The triggers refuse UPDATE and
-- DELETE from any program that goes through SQLite with them in place.
CREATE TABLE audit_log (
    seq           INTEGER PRIMARY KEY,              -- 1, 2, 3, ... with no gaps
    at            INTEGER NOT NULL,                 -- yyyyMMddHHmmss, Hong Kong
    staff_no      TEXT,                             -- NULL: the command line or the app itself
    staff_name    TEXT    NOT NULL,                 -- as it was then
    approved_no   TEXT,                             -- a manager who approved on the spot
    approved_name TEXT,
    action        TEXT    NOT NULL,                 -- AuditAction
    record        TEXT    NOT NULL DEFAULT '',      -- which record: a ticket number, claim id, staff number, file
    details       TEXT    NOT NULL DEFAULT '{}',    -- JSON
    prev_hash     TEXT    NOT NULL,
    hash          TEXT    NOT NULL UNIQUE
);
CREATE INDEX audit_by_time ON audit_log (at);
CREATE INDEX audit_by_staff ON audit_log (staff_no, at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only: entries cannot be changed');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only: entries cannot be deleted');
END;

-- Who did it, by number, next to the names the earlier tables already keep.
ALTER TABLE claim ADD COLUMN staff_no TEXT;
ALTER TABLE claim ADD COLUMN override_by_no TEXT;
ALTER TABLE ticket_event ADD COLUMN staff_no TEXT;
ALTER TABLE ticket_event ADD COLUMN approved_by TEXT;
ALTER TABLE ticket_print ADD COLUMN staff_no TEXT;
