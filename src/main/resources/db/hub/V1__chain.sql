-- The hub's own tables, in SQL that PostgreSQL and SQLite both accept.

-- Every PC of the chain: its code, what it is for, its one-time join code (only the secret's
-- SHA-256) and whether head office has shut it out. Nodes receive code, role and disabled.
CREATE TABLE chain_node (
    node_code    VARCHAR(8)  NOT NULL PRIMARY KEY,
    role         VARCHAR(10) NOT NULL,
    disabled     INTEGER     NOT NULL DEFAULT 0,
    join_hash    VARCHAR(64),
    join_expires BIGINT,          -- epoch milliseconds
    joined_at    BIGINT           -- epoch milliseconds; the code was used then
);

-- The hub's own settings: demo = 1 for a demo chain (its codes start DEMO-; only demo stores join).
CREATE TABLE chain_setting (
    setting_key   VARCHAR(40)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(200) NOT NULL
);

-- The shared tables the hub passes between nodes, column for column as the nodes have them.
CREATE TABLE receipt (
    id             BIGINT NOT NULL PRIMARY KEY,
    receipt_no     TEXT   NOT NULL UNIQUE,
    shop_code      TEXT   NOT NULL,
    purchased_at   BIGINT NOT NULL,
    customer_name  TEXT,
    customer_phone TEXT
);

CREATE TABLE receipt_line (
    receipt_id       BIGINT  NOT NULL,
    line_no          INTEGER NOT NULL,
    sku              TEXT    NOT NULL,
    description      TEXT    NOT NULL,
    metal            TEXT    NOT NULL,
    stones           TEXT    NOT NULL DEFAULT '',
    list_price_cents BIGINT  NOT NULL,
    paid_price_cents BIGINT  NOT NULL,
    PRIMARY KEY (receipt_id, line_no)
);
