package com.alluressories.caredesk.cli;

import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.chain.ChainException;
import com.alluressories.caredesk.chain.NodeSync;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Run this PC's sync with the hub without a window (a back-office PC, a test).",
                "With --once: push and pull until nothing is pending on either side, then exit 0;",
                "exit 1 naming why when the hub cannot be reached."})
final class SyncCommand implements Callable<Integer> {
    @ParentCommand
    CareDeskCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--once", description = "Sync until nothing is pending, then exit.")
    boolean once;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "With --once: give up after this many seconds (default ${DEFAULT-VALUE}).")
    long timeout;

    @Override
    public Integer call() throws InterruptedException {
        var err = spec.commandLine().getErr();
        try (Services services = root.openServices()) {
            Optional<NodeSync> opened = NodeSync.open(services.store(), Clock.systemUTC(), !once, Services.STORED_DATA);
            if (opened.isEmpty()) {
                err.println("caredesk: sync: this PC has not joined a chain (caredesk join URL --code CODE).");
                return 1;
            }
            try (NodeSync node = opened.get()) {
                if (once) {
                    node.syncOnce(Duration.ofSeconds(timeout));
                    spec.commandLine().getOut().println("Synced with " + node.membership().hubUrl() + ".");
                    return 0;
                }
                spec.commandLine().getOut().println("Syncing with " + node.membership().hubUrl()
                        + " as " + node.membership().nodeCode() + "; Ctrl+C stops it.");
                spec.commandLine().getOut().flush();
                CountDownLatch stopped = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "caredesk-sync-stop"));
                stopped.await();
                return 0;
            }
        } catch (ChainException e) {
            err.println("caredesk: sync: " + e.getMessage());
            return 1;
        }
    }
}
