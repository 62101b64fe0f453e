package com.alluressories.caredesk.cli;

import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.store.Recovery;
import com.alluressories.caredesk.store.StoreDamagedException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replace the store with a backup. Refuses a backup that fails its check or comes from a newer "
                + "CareDesk; the replaced store is kept in backups/ first."})
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    CareDeskCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The backup to restore.")
    Path backup;

    @Override
    public Integer call() {
        try (Services services = root.openServices()) {
            Path aside = services.backups().restore(backup);
            spec.commandLine().getOut().println("Restored " + services.store().file() + " from " + backup.toAbsolutePath()
                    + "; the replaced store is kept as " + aside);
            return 0;
        } catch (StoreDamagedException damaged) {
            Path aside = Recovery.replaceDamaged(root.dataDir(), backup.toAbsolutePath(), Clock.system(Services.HONG_KONG),
                    Services.STORED_DATA,
                    Services.journal(Clock.system(Services.HONG_KONG), Actor::commandLine));
            spec.commandLine().getOut().println("The damaged store was moved to " + aside + " and " + backup.toAbsolutePath()
                    + " restored in its place.");
            return 0;
        }
    }
}
