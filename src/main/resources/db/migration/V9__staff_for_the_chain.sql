-- Staff are shared across the chain (a PIN reset anywhere holds everywhere), but a card locked by
-- wrong PINs is locked on the PC where they were typed only: the lockout moves to its own table,
-- which never travels.
CREATE TABLE staff_lockout (
    staff_no        TEXT    NOT NULL PRIMARY KEY,
    failed_attempts INTEGER NOT NULL DEFAULT 0,   -- wrong PINs in a row, on this PC
    locked_until    INTEGER                       -- yyyyMMddHHmmss, Hong Kong; NULL when not locked
) WITHOUT ROWID;
INSERT INTO staff_lockout (staff_no, failed_attempts, locked_until)
    SELECT staff_no, failed_attempts, locked_until FROM staff WHERE failed_attempts > 0 OR locked_until IS NOT NULL;
ALTER TABLE staff DROP COLUMN failed_attempts;
ALTER TABLE staff DROP COLUMN locked_until;

-- When the record was last changed, by the application's clock, as text SymmetricDS compares
-- (yyyy-MM-dd HH:mm:ss.SSS): when two PCs changed the same person while apart, the newer change
-- wins on every PC, whichever reached head office first.
ALTER TABLE staff ADD COLUMN changed_at TIMESTAMP;
UPDATE staff SET changed_at = substr(updated_at, 1, 4) || '-' || substr(updated_at, 5, 2) || '-'
    || substr(updated_at, 7, 2) || ' ' || substr(updated_at, 9, 2) || ':' || substr(updated_at, 11, 2) || ':'
    || substr(updated_at, 13, 2) || '.000';
