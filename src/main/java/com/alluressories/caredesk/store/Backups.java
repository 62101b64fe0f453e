package com.alluressories.caredesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteDataSource;

/**
 * Backups of the live store through SQLite itself ({@code VACUUM INTO}, never a file copy of the live
 * file), each checked with {@code integrity_check} once written; automatic ones in {@code backups/}
 * keep the last 14 days and 8 weeks. Restoring goes through SQLite's online restore, after keeping
 * the replaced store aside as a backup.
 */
public final class Backups {
    public static final String FOLDER = "backups";
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern AUTOMATIC = Pattern.compile("caredesk-(\\d{8}-\\d{6})\\.db");
    private static final int DAILY = 14;
    private static final int WEEKLY = 8;

    private final Store store;
    private final Clock clock;
    private final List<StoredData> afterRestore;
    private final Journal journal;

    public Backups(Store store, Clock clock, List<StoredData> afterRestore) {
        this(store, clock, afterRestore, Journal.NONE);
    }

    /** @param journal told of every backup made and every restore (the audit trail) */
    public Backups(Store store, Clock clock, List<StoredData> afterRestore, Journal journal) {
        this.store = store;
        this.clock = clock;
        this.afterRestore = List.copyOf(afterRestore);
        this.journal = journal;
    }

    public Path folder() {
        return store.dataDir().resolve(FOLDER);
    }

    /** A backup into {@code backups/}, checked, then old ones pruned. */
    public Path automatic() {
        Path target = folder().resolve("caredesk-" + STAMP.format(LocalDateTime.now(clock)) + ".db");
        backupTo(target);
        prune();
        return target;
    }

    /** True when no automatic backup was taken today (Hong Kong) yet. */
    public boolean dueToday() {
        LocalDate today = LocalDate.now(clock);
        return automaticBackups().stream().noneMatch(b -> b.taken().toLocalDate().equals(today));
    }

    /**
     * Writes a consistent copy of the store to {@code target} and checks it; a backup that fails its
     * check is deleted and reported. An existing file is never overwritten.
     */
    public Path backupTo(Path target) {
        Path file = target.toAbsolutePath();
        if (Files.exists(file)) {
            throw new StoreException("store.backup.exists", file);
        }
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new StoreException(e, "store.backup.folder", file.getParent(), e.getMessage());
        }
        try {
            store.maintenance(c -> {
                try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                    ps.setString(1, file.toString());
                    ps.execute();
                }
                return null;
            });
        } catch (StoreException e) {
            // The copy could not be written where it was asked for: say where, not SQLite's words
            // about the store (which is fine); the log keeps them.
            LOG.warn("Cannot write the backup {}", file, e);
            throw new StoreException(e, "store.backup.cannotWrite", file);
        }
        Check check = check(file);
        if (!check.ok()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("Cannot delete the failed backup {}", file, e);
            }
            throw new StoreException("store.backup.failedCheck", file, String.join("; ", check.problems()));
        }
        LOG.info("Backed up {} to {}", store.file(), file);
        journal.backupMade(file);
        return file;
    }

    /** The result of SQLite's integrity_check on a file, and the schema version it carries. */
    public record Check(boolean ok, List<String> problems, boolean newerSchema) {
    }

    /** Checks a store file (a backup, or a store to restore) without changing it. */
    public static Check check(Path file) {
        if (!Files.isRegularFile(file)) {
            return new Check(false, List.of("no such file " + file), false);
        }
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + file);
        source.setReadOnly(true);
        List<String> problems = new ArrayList<>();
        try (Connection c = source.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            while (rs.next()) {
                if (!"ok".equalsIgnoreCase(rs.getString(1))) {
                    problems.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            problems.add(String.valueOf(e.getMessage()));
            return new Check(false, problems, false);
        }
        boolean newer = false;
        if (problems.isEmpty()) {
            try {
                Flyway flyway = Flyway.configure().dataSource(source).locations(Store.MIGRATIONS).load();
                for (MigrationInfo info : flyway.info().all()) {
                    newer |= info.getState() == MigrationState.FUTURE_SUCCESS || info.getState() == MigrationState.FUTURE_FAILED;
                }
            } catch (RuntimeException e) {
                problems.add("not a CareDesk store: " + e.getMessage());
            }
        }
        return new Check(problems.isEmpty() && !newer, problems, newer);
    }

    /**
     * Replaces the store's content with a backup's: refused when the backup fails its check or
     * comes from a newer CareDesk. The replaced store is first kept as a backup.
     *
     * @return where the replaced store was kept
     */
    public Path restore(Path backup) {
        Path file = backup.toAbsolutePath();
        Check check = check(file);
        if (check.newerSchema()) {
            throw new StoreException("store.backup.newer", file);
        }
        if (!check.ok()) {
            throw new StoreException("store.backup.fails", file, String.join("; ", check.problems()));
        }
        Path aside = folder().resolve("caredesk-before-restore-" + STAMP.format(LocalDateTime.now(clock)) + ".db");
        backupTo(aside);
        store.maintenance(c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("restore from '" + file.toString().replace("'", "''") + "'");
            }
            return null;
        });
        Store.migrate(Store.dataSource(store.file()), store.file());
        // ATTACH cannot run inside a transaction: attach, run the steps in one write, detach.
        store.maintenance(c -> {
            try (PreparedStatement attach = c.prepareStatement("ATTACH DATABASE ? AS replaced")) {
                attach.setString(1, aside.toString());
                attach.execute();
            }
            return null;
        });
        try {
            store.write(c -> {
                for (StoredData step : afterRestore) {
                    step.afterRestore(c);
                }
                journal.restored(c, file, aside);
                return null;
            });
        } finally {
            store.maintenance(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("DETACH DATABASE replaced");
                }
                return null;
            });
        }
        LOG.info("Restored {} from {}; the replaced store is kept as {}", store.file(), file, aside);
        return aside;
    }

    /** Automatic backups, newest first. */
    public List<Taken> automaticBackups() {
        if (!Files.isDirectory(folder())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(f -> {
                Matcher m = AUTOMATIC.matcher(f.getFileName().toString());
                return m.matches() ? new Taken(f, LocalDateTime.parse(m.group(1), STAMP)) : null;
            }).filter(t -> t != null).sorted(Comparator.comparing(Taken::taken).reversed()).toList();
        } catch (IOException e) {
            throw new StoreException(e, "store.backup.list", folder(), e.getMessage());
        }
    }

    public record Taken(Path file, LocalDateTime taken) {
    }

    /** The newest automatic backup that passes its check. */
    public Optional<Path> newestGood() {
        return automaticBackups().stream().map(Taken::file).filter(f -> check(f).ok()).findFirst();
    }

    /** Keeps the newest backup of each of the last 14 days and of each of the last 8 weeks; deletes the rest. */
    public void prune() {
        List<Taken> all = automaticBackups();
        Set<Path> keep = new HashSet<>();
        Set<LocalDate> days = new HashSet<>();
        Set<String> weeks = new HashSet<>();
        for (Taken t : all) {
            LocalDate day = t.taken().toLocalDate();
            if (days.size() < DAILY && days.add(day)) {
                keep.add(t.file());
            }
            String week = day.get(IsoFields.WEEK_BASED_YEAR) + "-" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (weeks.size() < WEEKLY && weeks.add(week)) {
                keep.add(t.file());
            }
        }
        for (Taken t : all) {
            if (!keep.contains(t.file())) {
                try {
                    Files.deleteIfExists(t.file());
                } catch (IOException e) {
                    LOG.warn("Cannot delete the old backup {}", t.file(), e);
                }
            }
        }
    }
}
