package com.alluressories.caredesk.cli;

import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.staff.AuditCheck;
import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.store.StoreDamagedException;
import com.alluressories.caredesk.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "verify-audit", mixinStandardHelpOptions = true,
        description = {"Walk the audit trail's hash chain from the first entry.",
                "Exit 0 when it is intact; 1 naming the first broken entry (changed, deleted or inserted outside "
                        + "CareDesk), or when the store cannot be read."})
final class VerifyAuditCommand implements Callable<Integer> {
    @ParentCommand
    CareDeskCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path file = root.dataDir().resolve(Store.FILE_NAME);
        if (!Files.exists(file)) {
            err.println("caredesk: verify-audit: there is no store at " + file + " (nothing to verify).");
            return 1;
        }
        AuditCheck check;
        boolean damagedStore = false;
        try (Services services = root.openServices()) {
            check = services.audit().verify();
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
}
