package com.alluressories.caredesk.store;

import java.nio.file.Path;

/** The store's file fails SQLite's own check: nothing is written to it until it is restored. */
public class StoreDamagedException extends StoreException {
    private final Path file;

    public StoreDamagedException(Path file, String details) {
        super("store.damaged", file, details);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
