-- What head office's hub tells every node (received from it): node_schema, the newest store
-- schema the hub knows. A PC whose store is newer holds its changes back until head office is
-- updated, so no column it has is silently dropped at the hub.
CREATE TABLE chain_setting (
    setting_key   TEXT NOT NULL PRIMARY KEY,
    setting_value TEXT NOT NULL
);
