package com.alluressories.caredesk.cli;

import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.store.Backups;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.store.StoreException;
import java.io.PrintWriter;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check the store: SQLite's integrity_check, foreign keys, and the settings in force.",
                "Exit 0 when all is well, 1 otherwise."})
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    CareDeskCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        java.nio.file.Path file = root.dataDir().resolve(Store.FILE_NAME);
        Backups.Check integrity = Backups.check(file);
        out.println("store: " + file);
        out.println("integrity_check: " + (integrity.problems().isEmpty() ? "ok" : String.join("; ", integrity.problems())));
        if (!integrity.ok()) {
            if (integrity.newerSchema()) {
                out.println("schema: written by a newer CareDesk");
            }
            return 1;
        }
        try (Services services = root.openServices()) {
            String[] settings = services.store().read(c -> {
                try (Statement st = c.createStatement()) {
                    return new String[] {one(st, "PRAGMA journal_mode"), one(st, "PRAGMA synchronous"),
                        one(st, "PRAGMA foreign_keys"), one(st, "SELECT count(*) FROM pragma_foreign_key_check")};
                }
            });
            out.println("journal_mode: " + settings[0]);
            out.println("synchronous: " + ("2".equals(settings[1]) ? "FULL" : settings[1]));
            out.println("foreign_keys: " + ("1".equals(settings[2]) ? "on" : "off"));
            out.println("foreign key violations: " + settings[3]);
            boolean good = "wal".equalsIgnoreCase(settings[0]) && "2".equals(settings[1]) && "1".equals(settings[2])
                    && "0".equals(settings[3]);
            out.println(good ? "The store is in good order." : "The store needs attention.");
            return good ? 0 : 1;
        } catch (StoreException e) {
            out.println("open: " + e.getMessage());
            return 1;
        }
    }

    private static String one(Statement st, String sql) throws java.sql.SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : "";
        }
    }
}
