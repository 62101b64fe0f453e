package com.alluressories.caredesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Replacing a damaged store with a good backup, when the damaged one cannot even be opened. */
public final class Recovery {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private Recovery() {
    }

    /** The newest automatic backup in a data folder that passes its check, without opening the store. */
    public static java.util.Optional<Path> newestGoodBackup(Path dataDir) {
        Path folder = dataDir.resolve(Backups.FOLDER);
        if (!Files.isDirectory(folder)) {
            return java.util.Optional.empty();
        }
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("caredesk-\\d{8}-\\d{6}\\.db"))
                    .sorted(java.util.Comparator.comparing(Path::getFileName).reversed())
                    .filter(f -> Backups.check(f).ok()).findFirst();
        } catch (IOException e) {
            throw new StoreException(e, "store.backup.list", folder, e.getMessage());
        }
    }

    /**
     * Moves the damaged store aside (kept in {@code backups/} for whoever investigates), then
     * restores the backup into a new store.
     *
     * @return where the damaged store was moved
     */
    public static Path replaceDamaged(Path dataDir, Path backup, Clock clock, List<StoredData> steps,
                                      Journal journal) {
        Backups.Check check = Backups.check(backup);
        if (!check.ok()) {
            throw check.newerSchema() ? new StoreException("store.backup.newer", backup)
                    : new StoreException("store.backup.fails", backup, String.join("; ", check.problems()));
        }
        Path store = dataDir.resolve(Store.FILE_NAME);
        Path aside = dataDir.resolve(Backups.FOLDER).resolve("caredesk-damaged-" + STAMP.format(LocalDateTime.now(clock))
                + ".db");
        try {
            Files.createDirectories(aside.getParent());
            for (String suffix : List.of("", "-wal", "-shm")) {
                Path part = dataDir.resolve(Store.FILE_NAME + suffix);
                if (Files.exists(part)) {
                    Files.move(part, Path.of(aside + suffix), StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } catch (IOException e) {
            throw new StoreException(e, "store.moveDamaged", store, e.getMessage());
        }
        try (Store fresh = Store.open(dataDir)) {
            new Backups(fresh, clock, List.of(), journal).restore(backup);
            carryOver(fresh, aside, steps);
        }
        return aside;
    }

    /**
     * Best effort: what can still be read of the damaged store (the ticket sequences, so no number
     * on a customer's ticket is given again) is carried over; a part too damaged to read is skipped.
     */
    private static void carryOver(Store store, Path damaged, List<StoredData> steps) {
        try {
            store.maintenance(c -> {
                try (java.sql.PreparedStatement attach = c.prepareStatement("ATTACH DATABASE ? AS replaced")) {
                    attach.setString(1, damaged.toString());
                    attach.execute();
                }
                return null;
            });
            try {
                store.write(c -> {
                    for (StoredData step : steps) {
                        step.afterRestore(c);
                    }
                    return null;
                });
            } finally {
                store.maintenance(c -> {
                    try (java.sql.Statement st = c.createStatement()) {
                        st.execute("DETACH DATABASE replaced");
                    }
                    return null;
                });
            }
        } catch (StoreException e) {
            org.slf4j.LoggerFactory.getLogger(Recovery.class).warn("Nothing could be carried over from the damaged "
                    + "store {}: {}", damaged, e.getMessage());
        }
    }
}
