package com.alluressories.caredesk.cli;

import com.alluressories.caredesk.app.Services;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Back up the store (through SQLite, checked after writing) into backups/ or to a file.")
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    CareDeskCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--to", paramLabel = "FILE", description = "Write the backup to this file (e.g. on a USB stick).")
    Path to;

    @Override
    public Integer call() {
        try (Services services = root.openServices()) {
            Path written = to == null ? services.backups().automatic() : services.backups().backupTo(to);
            spec.commandLine().getOut().println("Backed up to " + written);
            return 0;
        }
    }
}
