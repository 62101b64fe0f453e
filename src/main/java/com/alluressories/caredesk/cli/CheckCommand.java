package com.alluressories.caredesk.cli;

import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.store.Backups;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.store.StoreException;
import com.alluressories.caredesk.store.StoreSettings;
import java.io.PrintWriter;
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
            StoreSettings settings = StoreSettings.of(services.store());
            out.println("journal_mode: " + settings.journalMode());
            out.println("synchronous: " + ("2".equals(settings.synchronous()) ? "FULL" : settings.synchronous()));
            out.println("foreign_keys: " + ("1".equals(settings.foreignKeys()) ? "on" : "off"));
            out.println("foreign key violations: " + settings.foreignKeyViolations());
            boolean good = settings.inGoodOrder();
            out.println(good ? "The store is in good order." : "The store needs attention.");
            return good ? 0 : 1;
        } catch (StoreException e) {
            out.println("open: " + e.getMessage());
            return 1;
        }
    }
}
