-- The chain's sales as exported by the tills: one receipt, many lines.
-- receipt_no is unique across the chain (the till prefixes it with the shop).
-- Sized for the whole chain's history (millions of lines): times are integers, the lookup
-- indexes are partial, and names are searched through an expression index, not a copy.
CREATE TABLE receipt (
    id             INTEGER PRIMARY KEY,
    receipt_no     TEXT    NOT NULL UNIQUE,
    shop_code      TEXT    NOT NULL,
    purchased_at   INTEGER NOT NULL,  -- yyyyMMddHHmmss, Hong Kong local time
    customer_name  TEXT,              -- spaces collapsed; NULL for a walk-in sale
    customer_phone TEXT               -- 8 digits, no prefix or separators; NULL for a walk-in sale
);
CREATE INDEX receipt_by_phone ON receipt (customer_phone, purchased_at) WHERE customer_phone IS NOT NULL;
CREATE INDEX receipt_by_last4 ON receipt (substr(customer_phone, 5, 4), purchased_at) WHERE customer_phone IS NOT NULL;
-- lower() folds ASCII letters only; the application folds search keys the same way. With the
-- time in the index, a name's receipts come newest first without touching the table.
CREATE INDEX receipt_by_name ON receipt (lower(customer_name), purchased_at) WHERE customer_name IS NOT NULL;

CREATE TABLE receipt_line (
    receipt_id       INTEGER NOT NULL REFERENCES receipt (id) ON DELETE CASCADE,
    line_no          INTEGER NOT NULL,
    sku              TEXT    NOT NULL,
    description      TEXT    NOT NULL,
    metal            TEXT    NOT NULL,
    stones           TEXT    NOT NULL DEFAULT '',  -- ;-separated stone codes, sorted
    list_price_cents INTEGER NOT NULL,
    paid_price_cents INTEGER NOT NULL,
    PRIMARY KEY (receipt_id, line_no)
) WITHOUT ROWID;
CREATE INDEX receipt_line_by_sku ON receipt_line (sku);
