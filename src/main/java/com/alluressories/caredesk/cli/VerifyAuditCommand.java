package com.alluressories.caredesk.cli;

import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.chain.AuditHead;
import com.alluressories.caredesk.chain.HubAudit;
import com.alluressories.caredesk.chain.HubDatabase;
import com.alluressories.caredesk.chain.HubLedger;
import com.alluressories.caredesk.staff.AuditCheck;
import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.store.StoreDamagedException;
import com.alluressories.caredesk.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "verify-audit", mixinStandardHelpOptions = true,
        description = {"Walk the audit trail's hash chain from the first entry.",
                "At a hub (--hub, --jdbc, or a data folder holding a hub and no store): walk every node's trail as "
                        + "head office received it.",
                "Exit 0 when it is intact; 1 naming the first broken entry (changed, deleted or inserted outside "
                        + "CareDesk, or changed at the PC after head office received it), or when it cannot be read."})
final class VerifyAuditCommand implements Callable<Integer> {
    @ParentCommand
    CareDeskCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    HubDatabaseOptions database;

    @Option(names = "--hub", description = "Check the hub's copy of every node's trail (the embedded hub in the data "
            + "folder unless --jdbc names its database).")
    boolean hub;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path file = root.dataDir().resolve(Store.FILE_NAME);
        if (hub || database.jdbc != null || !Files.exists(file) && Files.exists(HubDatabase.embeddedFile(root.dataDir()))) {
            return verifyHub(out, err);
        }
        if (!Files.exists(file)) {
            err.println("caredesk: verify-audit: there is no store at " + file + " (nothing to verify).");
            return 1;
        }
        AuditCheck check;
        boolean damagedStore = false;
        try (Services services = root.openServices()) {
            check = services.audit().verify();
            if (check.intact()) {
                // A trail edited and re-hashed here passes its own walk, not head office's copy.
                Optional<AuditCheck> againstHub = AuditHead.compare(services.store());
                if (againstHub.isPresent() && !againstHub.get().intact()) {
                    check = againstHub.get();
                }
            }
        } catch (StoreDamagedException damaged) {
            // An edited file can fail SQLite's own check; the chain may still be readable, and says more.
            err.println("caredesk: verify-audit: " + damaged.getMessage());
            damagedStore = true;
            try {
                check = AuditLog.verifyFile(file);
            } catch (StoreException e) {
                String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
                err.println("caredesk: verify-audit: the audit trail in " + file + " cannot be read: " + why);
                return 1;
            }
        } catch (StoreException e) {
            err.println("caredesk: verify-audit: the audit trail in " + file + " cannot be read: " + e.getMessage());
            return 1;
        }
        out.println(check.describe());
        if (check.intact()) {
            if (!damagedStore) {
                return 0;
            }
            err.println("caredesk: verify-audit: the store " + file + " is damaged, though its audit trail is whole.");
            return 1;
        }
        err.println("caredesk: verify-audit: " + check.brokenSeq().map(seq -> "the audit trail in " + file
                + " is broken at entry " + seq + ".").orElse("the audit trail in " + file + " is not protected."));
        return 1;
    }

    /** Every node's trail at the hub: one line per node; exit 1 when any is broken. */
    private int verifyHub(PrintWriter out, PrintWriter err) {
        Map<String, AuditCheck> checks;
        try {
            HubDatabase db = database.database(root.dataDir());
            new HubLedger(db, Clock.systemUTC()).migrate();
            checks = new HubAudit(db).verify();
        } catch (RuntimeException e) {
            err.println("caredesk: verify-audit: the hub's copy of the audit trails cannot be read: " + e.getMessage());
            return 1;
        }
        if (checks.isEmpty()) {
            out.println("No node has sent its audit trail to this hub yet.");
            return 0;
        }
        int broken = 0;
        for (Map.Entry<String, AuditCheck> node : checks.entrySet()) {
            out.println(node.getKey() + ": " + node.getValue().describe());
            if (!node.getValue().intact()) {
                broken++;
                err.println("caredesk: verify-audit: the audit trail of node " + node.getKey() + " is broken at entry "
                        + node.getValue().brokenSeq().map(String::valueOf).orElse("?") + ".");
            }
        }
        return broken == 0 ? 0 : 1;
    }
}
