package com.alluressories.caredesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.policy.PolicyLoader;
import com.alluressories.caredesk.ticket.Ticket;
import com.alluressories.caredesk.ticket.TicketFilter;
import com.alluressories.caredesk.ticket.TicketFixture;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Hong_Kong"));

    @TempDir
    Path dir;

    private Services services(Clock clock) {
        return new Services(Store.open(dir.resolve("data")), clock, PolicyLoader.bundled(),
                new com.alluressories.caredesk.staff.Session(com.alluressories.caredesk.staff.Actor.commandLine()));
    }

    private static Ticket newTicket(Services s, Clock clock) {
        return s.tickets().open(TicketFixture.warranty(s.store(), clock), "CWB", LocalDate.now(clock).plusDays(7));
    }

    private static List<String> ticketNumbers(Path storeFile) throws Exception {
        List<String> numbers = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + storeFile);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT ticket_no FROM ticket ORDER BY 1")) {
            while (rs.next()) {
                numbers.add(rs.getString(1));
            }
        }
        return numbers;
    }

    @Test
    void backupsTakenWhileAnotherThreadWritesAreValidAndHoldEveryEarlierTicket() throws Exception {
        Clock clock = Clock.system(ZoneId.of("Asia/Hong_Kong"));
        try (Services s = services(clock)) {
            Set<String> committed = ConcurrentHashMap.newKeySet();
            AtomicBoolean stop = new AtomicBoolean();
            Thread writer = new Thread(() -> {
                while (!stop.get()) {
                    committed.add(newTicket(s, clock).ticketNo());
                }
            });
            writer.start();
            List<Path> backups = new ArrayList<>();
            List<Set<String>> before = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Thread.onSpinWait();
                Set<String> snapshot = Set.copyOf(committed);
                before.add(snapshot);
                backups.add(s.backups().backupTo(dir.resolve("usb").resolve("backup-" + i + ".db")));
            }
            stop.set(true);
            writer.join();
            for (int i = 0; i < backups.size(); i++) {
                assertThat(Backups.check(backups.get(i)).ok()).isTrue();
                assertThat(ticketNumbers(backups.get(i))).containsAll(before.get(i));
            }
            assertThat(committed).isNotEmpty();
        }
    }

    @Test
    void aRestoreBringsBackExactlyTheBackedUpStateAndNeverReusesANumber() throws Exception {
        try (Services s = services(CLOCK)) {
            Ticket first = newTicket(s, CLOCK);
            Path backup = s.backups().backupTo(dir.resolve("drill.db"));
            Ticket second = newTicket(s, CLOCK);
            Path aside = s.backups().restore(backup);
            assertThat(s.tickets().list(TicketFilter.all())).extracting(Ticket::ticketNo).containsExactly(first.ticketNo());
            assertThat(ticketNumbers(aside)).containsExactly(first.ticketNo(), second.ticketNo());
            // The number given after the backup is on a customer's ticket: it is not given again.
            assertThat(newTicket(s, CLOCK).ticketNo()).isEqualTo("CWB-261127-0003");
            // The restored store's audit trail goes on from the backup's, says where it came from, and holds.
            var trail = s.audit().list(com.alluressories.caredesk.staff.AuditFilter.all());
            assertThat(trail).extracting(e -> e.action()).contains("STORE_RESTORED");
            assertThat(trail.stream().filter(e -> e.action().equals("STORE_RESTORED")).findFirst().orElseThrow().details())
                    .contains("drill.db").contains("caredesk-before-restore-");
            assertThat(s.audit().verify().intact()).isTrue();
        }
    }

    @Test
    void aBackupThatFailsItsCheckOrComesFromANewerCareDeskIsRefused() throws Exception {
        try (Services s = services(CLOCK)) {
            newTicket(s, CLOCK);
            Path notADatabase = Files.writeString(dir.resolve("junk.db"), "not sqlite");
            assertThatThrownBy(() -> s.backups().restore(notADatabase)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("fails its check");
            Path newer = s.backups().backupTo(dir.resolve("newer.db"));
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                        + "checksum, installed_by, installed_on, execution_time, success) VALUES (99, '999', 'future', "
                        + "'SQL', 'V999__future.sql', 0, 'x', '2030-01-01 00:00:00', 1, 1)");
            }
            assertThatThrownBy(() -> s.backups().restore(newer)).hasMessageContaining("newer CareDesk");
            assertThat(s.tickets().list(TicketFilter.all())).hasSize(1);
        }
    }

    @Test
    void automaticBackupsKeepFourteenDaysAndEightWeeks() throws Exception {
        Path data = dir.resolve("data");
        try (Services s = services(CLOCK)) {
            Files.createDirectories(s.backups().folder());
            LocalDate day = LocalDate.parse("2026-11-27");
            for (int i = 0; i < 120; i++) {
                Files.writeString(s.backups().folder().resolve("caredesk-" + day.minusDays(i).toString().replace("-", "")
                        + "-090000.db"), "x");
            }
            Files.writeString(s.backups().folder().resolve("caredesk-20261127-180000.db"), "x");
            s.backups().prune();
            List<Backups.Taken> kept = s.backups().automaticBackups();
            // The newest of each of the last 14 days, and of each of the last 8 weeks (3 of them among those days).
            assertThat(kept.get(0).file().getFileName().toString()).isEqualTo("caredesk-20261127-180000.db");
            assertThat(kept.stream().filter(t -> t.taken().toLocalDate().isAfter(day.minusDays(14)))).hasSize(14);
            assertThat(kept.stream().map(t -> t.taken().toLocalDate().get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                    .distinct()).hasSize(8);
            assertThat(kept).hasSize(19);
        }
        assertThat(data).exists();
    }

    @Test
    void aDamagedStoreIsRefusedAndReplacedByTheNewestGoodBackup() throws Exception {
        Path data = dir.resolve("data");
        String number;
        try (Services s = services(CLOCK)) {
            number = newTicket(s, CLOCK).ticketNo();
            s.backups().automatic();
            for (int i = 0; i < 30; i++) {
                newTicket(s, CLOCK);
            }
            s.store().maintenance(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                }
                return null;
            });
        }
        Path file = data.resolve(Store.FILE_NAME);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] garbage = new byte[64];
            java.util.Arrays.fill(garbage, (byte) 0xFF);
            for (long at = 4096; at < raf.length(); at += 4096) {
                raf.seek(at);   // every page's b-tree header after the first: what a torn write leaves
                raf.write(garbage);
            }
        }
        assertThatThrownBy(() -> Store.open(data)).isInstanceOf(StoreDamagedException.class)
                .hasMessageContaining("damaged").hasMessageContaining(file.toString());
        Path backup = Recovery.newestGoodBackup(data).orElseThrow();
        Path aside = Recovery.replaceDamaged(data, backup, CLOCK, Services.STORED_DATA, Journal.NONE);
        assertThat(aside).exists();
        try (Services s = services(CLOCK)) {
            assertThat(s.tickets().get(number)).isPresent();
        }
    }

    @Test
    void aFullDiskFailsTheWriteWithAClearMessageAndLosesNothing() {
        try (Services s = services(CLOCK)) {
            Ticket kept = newTicket(s, CLOCK);
            long pages = s.store().read(c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA page_count")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            s.store().maintenance(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA max_page_count = " + (pages + 2)); // the disk is all but full
                }
                return null;
            });
            StoreException full = null;
            for (int i = 0; i < 200 && full == null; i++) {
                try {
                    newTicket(s, CLOCK);
                } catch (StoreException e) {
                    full = e;
                }
            }
            assertThat(full).isNotNull();
            assertThat(full.getMessage()).contains("full").contains("nothing was saved");
            assertThat(s.tickets().get(kept.ticketNo())).isPresent();
            assertThat(Backups.check(s.store().file()).ok()).isTrue();
            s.store().maintenance(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA max_page_count = 1073741823");
                }
                return null;
            });
            assertThat(newTicket(s, CLOCK).ticketNo()).startsWith("CWB-261127-");
        }
    }
}
