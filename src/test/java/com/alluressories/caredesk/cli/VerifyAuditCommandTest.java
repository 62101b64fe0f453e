package com.alluressories.caredesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** verify-audit through the real main: intact, then broken by editing the store file directly. */
class VerifyAuditCommandTest {
    @TempDir
    Path dir;

    private MainProcess.Result caredesk(String... args) throws Exception {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return MainProcess.run(null, Map.of(), all);
    }

    private Connection file() throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data").resolve("caredesk.db"));
    }

    @Test
    void anIntactTrailExitsZeroAndAnEditedEntryIsNamedWithExitOne() throws Exception {
        assertThat(caredesk("demo").exitCode()).isZero();
        assertThat(caredesk("backup").exitCode()).isZero(); // recorded too, as done by the command line
        MainProcess.Result intact = caredesk("verify-audit");
        assertThat(intact.exitCode()).as(intact.out() + intact.err()).isZero();
        assertThat(intact.out()).contains("intact");

        long entries;
        try (Connection c = file(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT count(*), sum(action = 'BACKUP_MADE' AND staff_name = 'command line') "
                    + "FROM audit_log")) {
                rs.next();
                entries = rs.getLong(1);
                assertThat(rs.getLong(2)).isEqualTo(1);
            }
            assertThat(entries).isGreaterThan(10);
            // The store itself refuses the edit...
            try {
                st.executeUpdate("UPDATE audit_log SET staff_name = 'Someone else' WHERE seq = 7");
                throw new AssertionError("the trigger let an audit entry be changed");
            } catch (java.sql.SQLException refused) {
                assertThat(refused.getMessage()).contains("append-only");
            }
            // ...so whoever has the file drops the trigger first.
            st.execute("DROP TRIGGER audit_log_no_update");
            st.executeUpdate("UPDATE audit_log SET staff_name = 'Someone else' WHERE seq = 7");
        }
        MainProcess.Result broken = caredesk("verify-audit");
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.out()).contains("broken at entry 7");
        assertThat(broken.err()).contains("entry 7");
    }

    @Test
    void bytesChangedInTheFileAreFoundAndTheEntryNamed() throws Exception {
        assertThat(caredesk("demo").exitCode()).isZero();
        long overrideEntry;
        try (Connection c = file(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT seq FROM audit_log WHERE action = 'VERDICT_OVERRIDDEN'")) {
            rs.next();
            overrideEntry = rs.getLong(1);
        }
        // The manager's verdict is in the override's audit entry: rewrite it in the file's bytes.
        Path db = dir.resolve("data").resolve("caredesk.db");
        byte[] bytes = java.nio.file.Files.readAllBytes(db);
        byte[] from = "\"verdict\":\"WARRANTY_REPAIR\"".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] to = "\"verdict\":\"WARRANTY_REPAIS\"".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int changed = 0;
        for (int i = 0; i + from.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, bytes, i, to.length);
                changed++;
            }
        }
        assertThat(changed).isPositive();
        java.nio.file.Files.write(db, bytes);
        MainProcess.Result broken = caredesk("verify-audit");
        assertThat(broken.exitCode()).as(broken.out() + broken.err()).isEqualTo(1);
        assertThat(broken.out()).contains("broken at entry " + overrideEntry);
    }

    @Test
    void aMissingStoreIsNotCalledIntact() throws Exception {
        MainProcess.Result none = caredesk("verify-audit");
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err()).contains("no store");
    }
}
