-- Dispatches as the nodes send them (see the node's V19): bags handed to a courier between places.
CREATE TABLE dispatch (
    dispatch_no VARCHAR(80) NOT NULL PRIMARY KEY,
    from_place  TEXT        NOT NULL,
    to_place    TEXT        NOT NULL,
    courier     TEXT        NOT NULL DEFAULT '',
    created_at  BIGINT      NOT NULL,
    who         TEXT        NOT NULL,
    staff_no    TEXT
);

CREATE TABLE dispatch_print (
    print_id    VARCHAR(80) NOT NULL PRIMARY KEY,
    dispatch_no TEXT        NOT NULL,
    at          BIGINT      NOT NULL,
    who         TEXT        NOT NULL,
    staff_no    TEXT
);
