-- Claims taken in at the counter. A claim keeps the decision exactly as it was shown (flags with
-- their clause texts, the terms accepted, the policy id and version), so a later policy change
-- never rewrites it. Item and customer are copied from the receipt as they were confirmed.
CREATE TABLE claim (
    id                  INTEGER PRIMARY KEY,
    uuid                TEXT    NOT NULL UNIQUE,
    created_at          INTEGER NOT NULL,  -- yyyyMMddHHmmss, Hong Kong time
    shop_code           TEXT    NOT NULL,
    staff_name          TEXT    NOT NULL,
    receipt_no          TEXT,              -- NULL for a walk-in claim without proof of purchase
    line_no             INTEGER,
    customer_name       TEXT    NOT NULL,
    customer_phone      TEXT    NOT NULL,  -- 8 digits
    item_description    TEXT    NOT NULL,
    sku                 TEXT,
    metal               TEXT    NOT NULL,
    stones              TEXT    NOT NULL DEFAULT '',
    purchase_date       TEXT,              -- yyyy-MM-dd, from the receipt
    list_price_cents    INTEGER,
    paid_price_cents    INTEGER,
    complaint           TEXT    NOT NULL,
    notes               TEXT    NOT NULL DEFAULT '',
    findings            TEXT    NOT NULL DEFAULT '',  -- ;-separated finding codes
    policy_id           TEXT    NOT NULL,
    policy_version      TEXT    NOT NULL,
    policy_verdict      TEXT    NOT NULL,
    warranty_months     INTEGER NOT NULL,
    warranty_ends       TEXT,
    final_verdict       TEXT    NOT NULL,  -- the override's verdict when there is one
    override_verdict    TEXT,
    override_by         TEXT,
    override_reason     TEXT,
    decision_json       TEXT    NOT NULL,  -- flags, clause and term texts in both languages, as shown
    CHECK ((override_verdict IS NULL AND override_by IS NULL AND override_reason IS NULL)
        OR (override_verdict IS NOT NULL AND length(override_by) > 0 AND length(override_reason) > 0))
);
CREATE INDEX claim_by_receipt_line ON claim (receipt_no, line_no) WHERE receipt_no IS NOT NULL;

-- Photos are files in photos/ under the data folder, named by their SHA-256.
CREATE TABLE claim_photo (
    claim_id   INTEGER NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    sha256     TEXT    NOT NULL,
    media_type TEXT    NOT NULL,
    file_name  TEXT    NOT NULL,  -- as it was on the staff's PC, for reference
    PRIMARY KEY (claim_id, position)
) WITHOUT ROWID;
