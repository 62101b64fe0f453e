package com.alluressories.caredesk.cli;

import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.receipt.ImportProgress;
import com.alluressories.caredesk.receipt.ImportResult;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "import-receipts", mixinStandardHelpOptions = true,
        description = {"Import the tills' sales export (CSV). The file is checked whole first: any bad row rejects "
                + "it and nothing is stored. Lines already stored are skipped.",
                "Exit 0 when imported (or nothing new), 1 when the file was rejected."})
final class ImportReceiptsCommand implements Callable<Integer> {
    private static final int SHOWN = 50;

    @ParentCommand
    CareDeskCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The sales export, CSV in UTF-8.")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("caredesk import-receipts: " + file + ": no such file");
            return 1;
        }
        try (Services services = root.openServices()) {
            ImportResult result = services.receipts().importFile(file, ImportProgress.NONE);
            String name = file.toString();
            double seconds = result.took().toMillis() / 1000.0;
            if (!result.accepted()) {
                // The report is the command's output (standard output); standard error says it failed.
                out.printf(Locale.ROOT, "%s was not imported, nothing was stored: %d problem%s%n", name,
                        result.problemCount(), result.problemCount() == 1 ? "" : "s");
                result.problems().stream().limit(SHOWN).map(p -> "  " + p.describe(name)).forEach(out::println);
                if (result.problemCount() > SHOWN) {
                    out.printf(Locale.ROOT, "  ... and %d more%n", result.problemCount() - SHOWN);
                }
                out.flush();
                err.printf(Locale.ROOT, "caredesk import-receipts: %s rejected, %d problem%s (listed above)%n", name,
                        result.problemCount(), result.problemCount() == 1 ? "" : "s");
                return 1;
            }
            if (result.nothingNew()) {
                out.printf(Locale.ROOT, "Nothing new in %s: all %,d lines are already stored (%.1f s).%n", name,
                        result.linesSkipped(), seconds);
            } else {
                out.printf(Locale.ROOT, "Imported %s in %.1f s: %,d receipts and %,d lines added; "
                                + "%,d receipts and %,d lines already stored, skipped.%n", name, seconds,
                        result.receiptsAdded(), result.linesAdded(), result.receiptsSkipped(), result.linesSkipped());
            }
            return 0;
        } catch (IllegalStateException e) {
            err.println("caredesk import-receipts: " + e.getMessage());
            return 1;
        }
    }
}
