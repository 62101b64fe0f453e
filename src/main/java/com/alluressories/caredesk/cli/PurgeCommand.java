package com.alluressories.caredesk.cli;

import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.privacy.PurgeResult;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "purge", mixinStandardHelpOptions = true,
        description = "Removes customers' names and phones (and claims' photos) that the retention schedule no longer "
                + "keeps, as of today, and prints JSON: dry_run, receipts, claims, tickets, photos, as_of. The sale, "
                + "the item, the decision and the amounts stay. Recorded in the audit trail (counts only).")
final class PurgeCommand implements Callable<Integer> {
    @ParentCommand
    CareDeskCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--dry-run", description = "Count what would be removed, and change nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        try (Services services = root.openServices()) {
            PurgeResult r = services.purge().purge(dryRun);
            ObjectNode node = new ObjectMapper().createObjectNode();
            node.put("dry_run", r.dryRun());
            node.put("receipts", r.receipts());
            node.put("claims", r.claims());
            node.put("tickets", r.tickets());
            node.put("photos", r.photos());
            node.put("as_of", r.asOf().toString());
            spec.commandLine().getOut().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(node));
            return 0;
        }
    }
}
