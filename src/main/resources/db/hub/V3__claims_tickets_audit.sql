-- Claims with their photos, tickets with their whole history, and every node's audit trail, as the
-- hub keeps them (column for column as the nodes send them). Keys are the same on every PC.

CREATE TABLE claim (
    id                  BIGINT  NOT NULL PRIMARY KEY,
    uuid                TEXT    NOT NULL UNIQUE,
    created_at          BIGINT  NOT NULL,
    shop_code           TEXT    NOT NULL,
    staff_name          TEXT    NOT NULL,
    receipt_no          TEXT,
    line_no             INTEGER,
    customer_name       TEXT    NOT NULL,
    customer_phone      TEXT    NOT NULL,
    item_description    TEXT    NOT NULL,
    sku                 TEXT,
    metal               TEXT    NOT NULL,
    stones              TEXT    NOT NULL DEFAULT '',
    purchase_date       TEXT,
    list_price_cents    BIGINT,
    paid_price_cents    BIGINT,
    complaint           TEXT    NOT NULL,
    notes               TEXT    NOT NULL DEFAULT '',
    findings            TEXT    NOT NULL DEFAULT '',
    policy_id           TEXT    NOT NULL,
    policy_version      TEXT    NOT NULL,
    policy_verdict      TEXT    NOT NULL,
    warranty_months     INTEGER NOT NULL,
    warranty_ends       TEXT,
    final_verdict       TEXT    NOT NULL,
    override_verdict    TEXT,
    override_by         TEXT,
    override_reason     TEXT,
    decision_json       TEXT    NOT NULL,
    staff_no            TEXT,
    override_by_no      TEXT
);

CREATE TABLE claim_photo (
    claim_id   BIGINT  NOT NULL,
    position   INTEGER NOT NULL,
    sha256     TEXT    NOT NULL,
    media_type TEXT    NOT NULL,
    file_name  TEXT    NOT NULL,
    PRIMARY KEY (claim_id, position)
);

-- A photo's bytes, base64, under their SHA-256.
CREATE TABLE photo (
    sha256     VARCHAR(64) NOT NULL PRIMARY KEY,
    media_type TEXT        NOT NULL,
    data       TEXT        NOT NULL
);

-- What never changes about a ticket; its state is derived at each node from its events.
CREATE TABLE ticket (
    id             BIGINT  NOT NULL PRIMARY KEY,
    uuid           TEXT    NOT NULL UNIQUE,
    ticket_no      TEXT    NOT NULL UNIQUE,
    shop_code      TEXT    NOT NULL,
    claim_id       BIGINT  NOT NULL,
    chargeable     INTEGER NOT NULL,
    created_at     BIGINT  NOT NULL,
    promised_date  TEXT    NOT NULL,
    customer_last4 TEXT    NOT NULL
);

CREATE TABLE ticket_event (
    event_id    VARCHAR(80) NOT NULL PRIMARY KEY,
    ticket_id   BIGINT      NOT NULL,
    after_event TEXT,
    at          BIGINT      NOT NULL,
    action      TEXT        NOT NULL,
    from_state  TEXT,
    to_state    TEXT        NOT NULL,
    details     TEXT        NOT NULL DEFAULT '{}',
    who         TEXT        NOT NULL,
    staff_no    TEXT,
    approved_by TEXT,
    note        TEXT        NOT NULL DEFAULT ''
);
CREATE INDEX ticket_event_by_ticket ON ticket_event (ticket_id);

CREATE TABLE ticket_print (
    print_id  VARCHAR(80) NOT NULL PRIMARY KEY,
    ticket_id BIGINT      NOT NULL,
    document  TEXT        NOT NULL,
    at        BIGINT      NOT NULL,
    who       TEXT        NOT NULL,
    staff_no  TEXT
);

-- Every node's audit trail, by node: node_code is the node that sent it; first_hash is the hash
-- the entry had when it first arrived, so an entry changed at the node later is told apart.
CREATE TABLE node_audit (
    node_code     VARCHAR(40) NOT NULL,
    seq           BIGINT      NOT NULL,
    at            BIGINT      NOT NULL,
    staff_no      TEXT,
    staff_name    TEXT        NOT NULL,
    approved_no   TEXT,
    approved_name TEXT,
    action        TEXT        NOT NULL,
    record        TEXT        NOT NULL DEFAULT '',
    details       TEXT        NOT NULL DEFAULT '{}',
    prev_hash     TEXT        NOT NULL,
    hash          TEXT        NOT NULL,
    first_hash    TEXT,
    PRIMARY KEY (node_code, seq)
);

-- The newest entry of each node's trail the hub holds, with the hash it first arrived with; sent to
-- every node, so a node whose own trail no longer matches says so.
CREATE TABLE audit_head (
    node_code VARCHAR(40) NOT NULL PRIMARY KEY,
    seq       BIGINT      NOT NULL,
    hash      TEXT        NOT NULL
);
