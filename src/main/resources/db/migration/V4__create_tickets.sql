-- Repair tickets: one per claim taken in. Numbers are {SHOP}-{yyMMdd}-{NNNN}, assigned from
-- ticket_sequence in the transaction that stores the ticket, so no number is ever given twice.
CREATE TABLE ticket_sequence (
    shop_code  TEXT    NOT NULL,
    intake_day INTEGER NOT NULL,  -- yyyyMMdd, Hong Kong
    last_seq   INTEGER NOT NULL,
    PRIMARY KEY (shop_code, intake_day)
) WITHOUT ROWID;

CREATE TABLE ticket (
    id                 INTEGER PRIMARY KEY,
    uuid               TEXT    NOT NULL UNIQUE,
    ticket_no          TEXT    NOT NULL UNIQUE,
    shop_code          TEXT    NOT NULL,
    claim_id           INTEGER NOT NULL UNIQUE REFERENCES claim (id),
    state              TEXT    NOT NULL CHECK (state IN ('RECEIVED', 'QUOTED', 'IN_REPAIR', 'READY_FOR_PICKUP', 'COLLECTED')),
    chargeable         INTEGER NOT NULL,  -- 0: a warranty repair, which skips the quote
    created_at         INTEGER NOT NULL,  -- yyyyMMddHHmmss
    promised_date      TEXT    NOT NULL,  -- yyyy-MM-dd
    workshop           TEXT,
    expected_return    TEXT,
    quote_cents        INTEGER,
    quote_decision     TEXT,              -- APPROVED / DECLINED
    quote_decided_how  TEXT,              -- in person, by phone, ...
    quote_decided_at   INTEGER,
    outcome            TEXT,              -- REPAIRED / QUOTE_DECLINED / CANNOT_REPAIR
    final_charge_cents INTEGER,
    collected_at       INTEGER,
    customer_last4     TEXT    NOT NULL
);
CREATE INDEX ticket_by_state ON ticket (state, promised_date);
CREATE INDEX ticket_by_last4 ON ticket (customer_last4);

-- Every step of a ticket: who, when, from which state to which, and a note.
CREATE TABLE ticket_event (
    ticket_id  INTEGER NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    at         INTEGER NOT NULL,
    from_state TEXT,
    to_state   TEXT    NOT NULL,
    who        TEXT    NOT NULL,
    note       TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (ticket_id, position)
) WITHOUT ROWID;

-- Every printed document, so a second print says REPRINT.
CREATE TABLE ticket_print (
    ticket_id INTEGER NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
    document  TEXT    NOT NULL,
    at        INTEGER NOT NULL,
    who       TEXT    NOT NULL
);
CREATE INDEX ticket_print_by_ticket ON ticket_print (ticket_id, document);
