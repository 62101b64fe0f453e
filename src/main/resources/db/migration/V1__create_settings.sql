-- Shop-wide settings as key/value pairs: the shop's profile, demo mode, preferences.
CREATE TABLE setting (
    key   TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
