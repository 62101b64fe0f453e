package com.alluressories.caredesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
    @TempDir
    Path dir;

    @Test
    void migratesANewFileAndKeepsWhatWasWrittenAcrossReopening() {
        try (Store store = Store.open(dir)) {
            store.write(c -> {
                Settings.put(c, "k", "v");
                return null;
            });
        }
        try (Store store = Store.open(dir)) {
            Optional<String> value = store.read(c -> Settings.get(c, "k"));
            assertThat(value).contains("v");
            List<String> tables = store.read(c -> {
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                    List<String> names = new java.util.ArrayList<>();
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                    return names;
                }
            });
            assertThat(tables).contains("setting", "receipt", "receipt_line", "flyway_schema_history");
        }
    }

    @Test
    void connectionSettingsAreInForce() {
        try (Store store = Store.open(dir)) {
            assertThat(pragma(store, "journal_mode")).isEqualToIgnoringCase("wal");
            assertThat(pragma(store, "synchronous")).isEqualTo("2");
            assertThat(pragma(store, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(store, "busy_timeout")).isNotEqualTo("0");
        }
    }

    private static String pragma(Store store, String name) {
        return store.read(c -> Store.pragma(c, name));
    }

    @Test
    void aFailedWriteLeavesNothingHalfSaved() {
        try (Store store = Store.open(dir)) {
            assertThatThrownBy(() -> store.write(c -> {
                Settings.put(c, "first", "1");
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            Optional<String> first = store.read(c -> Settings.get(c, "first"));
            assertThat(first).isEmpty();
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedNamingThePathAndLeftUntouched() throws Exception {
        Path file = dir.resolve(Store.FILE_NAME);
        Files.writeString(file, "these are the shop's notes, not a database");
        assertThatThrownBy(() -> Store.open(dir))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not a CareDesk store");
        assertThat(Files.readString(file)).isEqualTo("these are the shop's notes, not a database");
    }

    @Test
    void aFolderWithoutWritePermissionIsRefusedNamingThePath() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        Assumptions.assumeFalse(Files.isWritable(locked), "running as a user who can write anywhere");
        assertThatThrownBy(() -> Store.open(locked))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(locked.toString())
                .hasMessageContaining("not writable");
    }

    @Test
    void aFolderThatCannotBeCreatedIsRefusedNamingThePath() {
        Path impossible = Path.of("/proc/caredesk-cannot-live-here");
        assertThatThrownBy(() -> Store.open(impossible))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("Cannot create the data folder " + impossible);
    }

    @Test
    void aDataFolderThatIsAFileIsRefused() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        assertThatThrownBy(() -> Store.open(notAFolder))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(notAFolder.toString());
    }

    @Test
    void aStoreFromANewerCareDeskIsRefused() {
        try (Store store = Store.open(dir)) {
            store.write(c -> {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, "
                            + "script, checksum, installed_by, installed_on, execution_time, success) VALUES "
                            + "(99, '999', 'from the future', 'SQL', 'V999__future.sql', 0, 'test', "
                            + "'2030-01-01 00:00:00', 1, 1)");
                }
                return null;
            });
        }
        assertThatThrownBy(() -> Store.open(dir))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("newer CareDesk");
    }

    /** SCHEMA_VERSION is the highest migration this CareDesk carries (SQL files and Java migrations). */
    @Test
    void theSchemaVersionIsTheNewestMigration() throws Exception {
        java.util.regex.Pattern version = java.util.regex.Pattern.compile("^V(\\d+)__.*");
        int newest = 0;
        for (String location : Store.MIGRATIONS) {
            String under = location.substring("classpath:".length());
            Path folder = under.startsWith("db/") ? Path.of("src/main/resources", under) : Path.of("src/main/java", under);
            try (var files = java.nio.file.Files.list(folder)) {
                for (Path f : files.toList()) {
                    var m = version.matcher(f.getFileName().toString());
                    if (m.matches()) {
                        newest = Math.max(newest, Integer.parseInt(m.group(1)));
                    }
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(Store.SCHEMA_VERSION).isEqualTo(newest);
    }
}
