package com.alluressories.caredesk.store;

import java.nio.file.Path;

/** The store's file fails SQLite's own check: nothing is written to it until it is restored. */
public class StoreDamagedException extends StoreException {
    private final Path file;

    public StoreDamagedException(Path file, String details) {
        super("The store " + file + " is damaged (" + details + "). Nothing will be written to it. "
                + "Restore the newest good backup (caredesk restore FILE, or the window offers it).");
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
