-- Staff, shared by every PC of the chain (their lockout stays on each PC).
CREATE TABLE staff (
    staff_no     VARCHAR(12) NOT NULL PRIMARY KEY,
    display_name TEXT        NOT NULL,
    role         VARCHAR(10) NOT NULL,
    active       INTEGER     NOT NULL DEFAULT 1,
    pin_hash     TEXT        NOT NULL,
    created_at   BIGINT      NOT NULL,
    updated_at   BIGINT      NOT NULL,
    changed_at   TIMESTAMP
);
