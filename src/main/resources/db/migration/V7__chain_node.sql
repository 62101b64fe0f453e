-- The chain's PCs as head office registered them (received from the hub; empty on a PC that
-- works alone): each node's code, what it is for, and whether head office has shut it out.
CREATE TABLE chain_node (
    node_code TEXT    NOT NULL PRIMARY KEY,
    role      TEXT    NOT NULL,
    disabled  INTEGER NOT NULL DEFAULT 0
);
