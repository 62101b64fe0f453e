package com.alluressories.caredesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** backup, restore and check through the real main. */
class StoreCommandsTest {
    @TempDir
    Path dir;

    private MainProcess.Result caredesk(String... args) throws Exception {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return MainProcess.run(null, Map.of(), all);
    }

    @Test
    void backupCheckAndRestoreAGoodStore() throws Exception {
        assertThat(caredesk("demo").exitCode()).isZero();
        MainProcess.Result check = caredesk("check");
        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains("integrity_check: ok").contains("journal_mode: wal").contains("synchronous: FULL");
        Path usb = dir.resolve("usb").resolve("shop.db");
        MainProcess.Result backup = caredesk("backup", "--to", usb.toString());
        assertThat(backup.exitCode()).as(backup.err()).isZero();
        assertThat(usb).exists();
        assertThat(caredesk("backup", "--to", usb.toString()).exitCode()).as("never overwrites").isEqualTo(1);
        MainProcess.Result automatic = caredesk("backup");
        assertThat(automatic.exitCode()).isZero();
        assertThat(automatic.out()).contains(dir.resolve("data").resolve("backups").toString());
        MainProcess.Result restore = caredesk("restore", usb.toString());
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("kept as");
        assertThat(caredesk("check").exitCode()).isZero();
    }

    @Test
    void aBadBackupIsRefusedAndADamagedStoreFailsTheCheck() throws Exception {
        assertThat(caredesk("demo").exitCode()).isZero();
        Path junk = Files.writeString(dir.resolve("junk.db"), "not a database");
        MainProcess.Result refused = caredesk("restore", junk.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("junk.db");
        assertThat(caredesk("backup").exitCode()).isZero();

        Path store = dir.resolve("data").resolve("caredesk.db");
        try (RandomAccessFile raf = new RandomAccessFile(store.toFile(), "rw")) {
            byte[] garbage = new byte[64];
            Arrays.fill(garbage, (byte) 0xFF);
            for (long at = 4096; at < raf.length(); at += 4096) {
                raf.seek(at);
                raf.write(garbage);
            }
        }
        MainProcess.Result check = caredesk("check");
        assertThat(check.exitCode()).isEqualTo(1);
        MainProcess.Result lookup = caredesk("lookup", "--name", "chan");
        assertThat(lookup.exitCode()).isEqualTo(1);
        assertThat(lookup.err()).contains("damaged");
        Path backup;
        try (var files = Files.list(dir.resolve("data").resolve("backups"))) {
            backup = files.filter(f -> f.getFileName().toString().matches("caredesk-\\d{8}-\\d{6}\\.db")).findFirst()
                    .orElseThrow();
        }
        MainProcess.Result restore = caredesk("restore", backup.toString());
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("damaged store was moved");
        assertThat(caredesk("check").exitCode()).isZero();
    }
}
