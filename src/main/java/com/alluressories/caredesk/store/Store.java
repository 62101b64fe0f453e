package com.alluressories.caredesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The shop's local SQLite store. One writer connection (every write is one transaction, under a
 * lock) and one reader connection; WAL lets the reader see committed data while a write runs.
 */
public final class Store implements AutoCloseable {
    public static final String FILE_NAME = "caredesk.db";
    /**
     * The schema version this CareDesk brings its stores to: the highest migration it carries
     * (StoreTest keeps the two equal). The chain's hub tells nodes its own, so a PC never sends
     * columns head office does not have yet.
     */
    public static final int SCHEMA_VERSION = 19;

    /** Where the store's migrations are: SQL, and Java where a step needs code (keys made from values). */
    public static final String[] MIGRATIONS = {"classpath:db/migration",
        "classpath:com/alluressories/caredesk/receipt/migration", "classpath:com/alluressories/caredesk/chain/migration",
        "classpath:com/alluressories/caredesk/ticket/migration", "classpath:com/alluressories/caredesk/privacy/migration"};
    private static final Logger LOG = LoggerFactory.getLogger(Store.class);
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int BUSY_TIMEOUT_MS = 10_000;

    @FunctionalInterface
    public interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    private final Path dataDir;
    private final Path file;
    private final Connection writer;
    private final Connection reader;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ReentrantLock readLock = new ReentrantLock();
    /** A second reader, opened the first time a read runs beside another (a report's two halves). */
    private Connection aside;
    private final ReentrantLock asideLock = new ReentrantLock();

    private Store(Path dataDir, Path file, Connection writer, Connection reader) {
        this.dataDir = dataDir;
        this.file = file;
        this.writer = writer;
        this.reader = reader;
    }

    /** Opens (creating if needed) the store in {@code dataDir} and brings its schema up to date. */
    public static Store open(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        prepareFolder(dataDir);
        refuseForeignFile(file);
        SQLiteDataSource dataSource = dataSource(file);
        if (Files.exists(file)) {
            quickCheck(dataSource, file);
        }
        migrate(dataSource, file);
        Connection writer = null;
        try {
            writer = dataSource.getConnection();
            checkSettings(writer, file);
            Connection reader = dataSource.getConnection();
            return new Store(dataDir, file, writer, reader);
        } catch (SQLException e) {
            closeQuietly(writer);
            throw new StoreException(e, "store.cannotOpen", file, e.getMessage());
        }
    }

    static SQLiteDataSource dataSource(Path file) {
        SQLiteDataSource dataSource = new SQLiteDataSource(connectionSettings());
        dataSource.setUrl("jdbc:sqlite:" + file);
        return dataSource;
    }

    /** SQLite's quick_check before anything is written: a damaged store is refused, never "repaired" by use. */
    private static void quickCheck(SQLiteDataSource dataSource, Path file) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
            List<String> problems = new ArrayList<>();
            while (rs.next()) {
                String line = rs.getString(1);
                if (!"ok".equalsIgnoreCase(line)) {
                    problems.add(line);
                }
            }
            if (!problems.isEmpty()) {
                throw new StoreDamagedException(file, String.join("; ", problems.subList(0, Math.min(3, problems.size()))));
            }
        } catch (SQLException e) {
            String message = String.valueOf(e.getMessage());
            if (Sql.isDamaged(e)) {
                throw new StoreDamagedException(file, message);
            }
            throw new StoreException(e, "store.cannotOpen", file, message);
        }
    }

    static SQLiteConfig connectionSettings() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setCacheSize(-262_144);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        return config;
    }

    private static void prepareFolder(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException(e, "store.folder.cannotCreate", dataDir, describe(e));
        }
        if (!Files.isDirectory(dataDir)) {
            throw new StoreException("store.folder.notAFolder", dataDir);
        }
        if (!Files.isWritable(dataDir)) {
            throw new StoreException("store.folder.readOnly", dataDir);
        }
    }

    /** A file that is there but is not an SQLite database is never touched, let alone overwritten. */
    private static void refuseForeignFile(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw new StoreException("store.isAFolder", file);
        }
        byte[] head = new byte[SQLITE_HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new StoreException(e, "store.cannotRead", file, describe(e));
        }
        if (read == 0) {
            return; // an empty file is what SQLite itself treats as a new database
        }
        if (read < head.length || !Arrays.equals(head, SQLITE_HEADER)) {
            throw new StoreException("store.foreign", file);
        }
        if (!Files.isWritable(file)) {
            throw new StoreException("store.readOnly", file);
        }
    }

    /** The schema version a store file carries, and whether this CareDesk knows it. */
    static void migrate(SQLiteDataSource dataSource, Path file) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .load();
        for (MigrationInfo info : flyway.info().all()) {
            if (info.getState() == MigrationState.FUTURE_SUCCESS || info.getState() == MigrationState.FUTURE_FAILED) {
                throw new StoreException("store.newer", file, String.valueOf(info.getVersion()));
            }
        }
        try {
            flyway.migrate();
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw new StoreException(e, "store.cannotOpen", file, String.valueOf(root.getMessage()));
        }
    }

    /** The settings must really be in force: a silently ignored pragma would void durability. */
    private static void checkSettings(Connection connection, Path file) throws SQLException {
        String journal = pragma(connection, "journal_mode");
        String synchronous = pragma(connection, "synchronous");
        String foreignKeys = pragma(connection, "foreign_keys");
        LOG.info("Store {}: journal_mode={}, synchronous={}, foreign_keys={}", file, journal, synchronous, foreignKeys);
        if (!"wal".equalsIgnoreCase(journal) || !"2".equals(synchronous) || !"1".equals(foreignKeys)) {
            throw new StoreException("store.settings", file, journal, synchronous, foreignKeys);
        }
    }

    static String pragma(Connection connection, String name) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /**
     * Runs {@code work} as one transaction on the single writer connection: all of it or nothing.
     * The transaction is begun IMMEDIATE, so it holds the write lock from its first statement and
     * another process (the window and a command) waits for it behind busy_timeout, never failing
     * half-way; between writes no lock is held at all.
     */
    public <T> T write(SqlWork<T> work) {
        writeLock.lock();
        try {
            execute("BEGIN IMMEDIATE");
            try {
                T result = work.apply(writer);
                execute("COMMIT");
                return result;
            } catch (SQLException e) {
                rollbackQuietly();
                throw failed(e);
            } catch (RuntimeException | Error e) {
                rollbackQuietly();
                throw e;
            }
        } finally {
            writeLock.unlock();
        }
    }

    private void execute(String sql) {
        try (Statement st = writer.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Runs a read on the reader connection; it sees every committed write. */
    public <T> T read(SqlWork<T> work) {
        readLock.lock();
        try {
            return work.apply(reader);
        } catch (SQLException e) {
            throw failed(e);
        } finally {
            readLock.unlock();
        }
    }

    /**
     * Runs a read on a second reader connection, so that it can run at the same time as one on
     * {@link #read} (both cores on a long report). It sees every committed write; two reads side by
     * side may see a write between them differently.
     */
    public <T> T readAside(SqlWork<T> work) {
        asideLock.lock();
        try {
            if (aside == null) {
                aside = dataSource(file).getConnection();
            }
            return work.apply(aside);
        } catch (SQLException e) {
            throw failed(e);
        } finally {
            asideLock.unlock();
        }
    }

    /** A failed read or write, told by SQLite's result code: a full disk and a read-only file in words staff act on. */
    private StoreException failed(SQLException e) {
        if (Sql.isDiskFull(e)) {
            return new StoreException(e, "store.write.diskFull", file);
        }
        if (Sql.isReadOnly(e)) {
            return new StoreException(e, "store.write.readOnly", file);
        }
        return new StoreException(e, "store.write.failed", file, String.valueOf(e.getMessage()));
    }

    private void rollbackQuietly() {
        try (Statement st = writer.createStatement()) {
            st.execute("ROLLBACK");
        } catch (SQLException e) {
            LOG.warn("Rollback failed on {}", file, e);
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path file() {
        return file;
    }

    /** The writer connection's own SQL, for maintenance that must not run inside a transaction (backup). */
    public <T> T maintenance(SqlWork<T> work) {
        writeLock.lock();
        try {
            return work.apply(writer);
        } catch (SQLException e) {
            throw failed(e);
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public void close() {
        asideLock.lock();
        try {
            closeQuietly(aside);
            aside = null;
        } finally {
            asideLock.unlock();
        }
        closeQuietly(reader);
        closeQuietly(writer);
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Closing a connection failed", e);
            }
        }
    }

    private static String describe(IOException e) {
        return e.getClass().getSimpleName().replace("Exception", "") + " " + e.getMessage();
    }
}
