package com.alluressories.caredesk.cli;

import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.chain.Membership;
import com.alluressories.caredesk.chain.SyncStatus;
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

    /** A PC in the chain: its clock against the hub's, now if the hub answers, else as at the last sync. */
    private static boolean clockAgreesWithHeadOffice(Services services, PrintWriter out) {
        var member = Membership.of(services.store());
        if (member.isEmpty()) {
            return true;
        }
        var now = SyncStatus.hubTime(member.get().hubUrl(), java.time.Duration.ofSeconds(3))
                .map(hub -> java.time.Duration.between(hub, java.time.Instant.now()));
        var skew = now.or(() -> SyncStatus.clockSkew(services.store()));
        if (skew.isEmpty()) {
            out.println("clock: head office not reached yet; cannot compare");
            return true;
        }
        long seconds = skew.get().toSeconds();
        boolean close = Math.abs(seconds) <= SyncStatus.MAX_SKEW.toSeconds();
        out.println("clock: " + (seconds >= 0 ? "+" : "") + seconds + " s against head office"
                + (close ? "" : " — more than 2 minutes: set this PC's time"));
        return close;
    }

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
            boolean good = settings.inGoodOrder() && clockAgreesWithHeadOffice(services, out);
            out.println(good ? "The store is in good order." : "The store needs attention.");
            return good ? 0 : 1;
        } catch (StoreException e) {
            out.println("open: " + e.getMessage());
            return 1;
        }
    }
}
